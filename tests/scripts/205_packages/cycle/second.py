from cycle.first import FIRST
SECOND = 2
