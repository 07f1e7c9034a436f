# Subclasses of the immutable builtins: str, int, tuple, frozenset.
class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("abc")
print(n, repr(n), n.shout(), n + "x", type(n + "x").__name__, n == "abc", hash(n) == hash("abc"))
print({n: 1}["abc"], "b" in n, n[0], len(n), f"{n:>5}", n.split("b"), str(n), type(str(n)).__name__)


class Level(int):
    def double(self):
        return self * 2


i = Level(21)
print(i, i.double(), i + 1, type(i + 1).__name__, repr(i), i == 21, [0, 1, 2][Level(1)], int(i), type(int(i)).__name__)
print(Level("7"), Level("ff", 16), Level(), Level(3.9), -i, i // 2, i > 20, sorted([Level(3), 1, Level(2)]))


class Pair(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Pair(3, 4)
print(p, p.x, p[1], len(p), type(p).__name__, p == (3, 4), p + (5,), hash(p) == hash((3, 4)))
a, b = p
print(a, b)


class Positive(int):
    def __new__(cls, value):
        if value < 0:
            raise ValueError("negative")
        return super().__new__(cls, value)


print(Positive(5) + Positive(6))
try:
    Positive(-1)
except ValueError as e:
    print("ValueError", e)


class Frozen(frozenset):
    pass


class Mutable(set):
    pass


print(Frozen([1]), Frozen(), Mutable([1, 2]), Mutable(), Frozen([1, 2]) | {3}, type(Frozen([1]) | {3}).__name__)
m = Mutable()
m.add(4)
print(m, 4 in m, len(m))
print(int.__new__(Level, 7), type(int.__new__(Level, 7)).__name__, str.__new__(Name, "q").shout())
