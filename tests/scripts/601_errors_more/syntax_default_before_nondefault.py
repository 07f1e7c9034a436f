# a parameter without a default after one with a default is a SyntaxError
import math


def ok(name, size=3, *, colour):
    return name, size, colour


def make(name, size=3, colour):
    return name, size, colour


print(ok("a", colour="red"), math.pi)
