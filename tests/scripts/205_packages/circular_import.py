# Two modules importing names from each other fail as in CPython: the name of a partially initialized module.
import cycle.first
