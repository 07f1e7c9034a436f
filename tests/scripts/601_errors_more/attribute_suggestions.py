# AttributeError messages with "Did you mean" suggestions on instances, modules, classes and builtins
import math

class Point:
    def __init__(self):
        self.x_coord = 1
        self.y_coord = 2

    def distance(self):
        return 0

p = Point()
cases = [
    lambda: p.x_cord,
    lambda: p.distanse(),
    lambda: p.zzz,
    lambda: math.sqr(4),
    lambda: math.pie,
    lambda: [].apend(1),
    lambda: "abc".uper(),
    lambda: {}.iteritems(),
    lambda: Point.distnce,
    lambda: (1).real_part,
    lambda: None.foo,
    lambda: int.from_byte,
]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print(type(e).__name__, e)
