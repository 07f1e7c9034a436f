from cycle.second import SECOND
FIRST = 1
