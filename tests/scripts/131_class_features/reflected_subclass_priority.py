# reflected operator of a subclass is tried first when the right operand is a subclass of the left's type
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print(f"{type(self).__name__}.__add__")
        return type(self)(self.v + o.v)
    def __radd__(self, o):
        print(f"{type(self).__name__}.__radd__")
        return type(self)(self.v + o.v)
    def __eq__(self, o):
        print(f"{type(self).__name__}.__eq__")
        return self.v == o.v
    def __lt__(self, o):
        print(f"{type(self).__name__}.__lt__")
        return self.v < o.v
    def __repr__(self): return f"{type(self).__name__}({self.v})"
class Special(Num):
    def __radd__(self, o):
        print("Special.__radd__")
        return Special(self.v + o.v + 1000)
    def __gt__(self, o):
        print("Special.__gt__")
        return self.v > o.v
print(Num(1) + Special(2))
print(Special(1) + Num(2))
print(Num(1) < Special(2))
print(Num(1) == Special(1))
print(Num(1) + Num(2))
