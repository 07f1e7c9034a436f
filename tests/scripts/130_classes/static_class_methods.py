# @staticmethod and @classmethod: calling through the class and instances, alternative constructors, cls in subclasses.
class Temp:
    def __init__(self, c):
        self.c = c

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    def __repr__(self):
        return f"{type(self).__name__}({self.c:.1f})"

class Kelvinish(Temp):
    pass

print(Temp.c_to_f(100), Temp(0).c_to_f(-40))
print(Temp.from_f(212), Kelvinish.from_f(32), Temp(5).from_f(50))
