# wrong argument counts for methods, classmethods, staticmethods and __init__
class C:
    def __init__(self, x):
        self.x = x

    def m(self, a):
        return a

    @classmethod
    def cm(cls, a, b):
        return a

    @staticmethod
    def sm(a):
        return a

c = C(1)
cases = [
    lambda: C(),
    lambda: C(1, 2),
    lambda: C(y=1),
    lambda: c.m(),
    lambda: c.m(1, 2),
    lambda: C.m(1),
    lambda: C.cm(1),
    lambda: c.cm(1, 2, 3),
    lambda: C.sm(),
    lambda: c.sm(1, 2),
    lambda: c.m(a=1, b=2),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(type(e).__name__, e)
