# subclassing builtin types: str/int/list/dict/tuple subclasses keep behaviour, results are base type
class Name(str):
    def shout(self): return self.upper() + "!"
n = Name("ann")
print(n, repr(n), n.shout(), type(n.upper()).__name__, type(n + "x").__name__, isinstance(n, str), n == "ann", hash(n) == hash("ann"))
class Cents(int):
    def __repr__(self): return f"Cents({int(self)})"
    def __str__(self): return f"${self / 100:.2f}"
c = Cents(250)
print(c, repr(c), c + 1, type(c + 1).__name__, f"{c}", f"{c:d}", format(c, "05d"), [c], c * 2, -c, abs(Cents(-3)))
class Stack(list):
    def push(self, x): self.append(x); return self
    def top(self): return self[-1]
s = Stack([1, 2]).push(3)
print(s, s.top(), len(s), type(s[:2]).__name__, type(s + [4]).__name__, s == [1, 2, 3], sorted(s, reverse=True))
class DefaultDict(dict):
    def __missing__(self, k):
        self[k] = v = len(k)
        return v
d = DefaultDict(a=1)
print(d["a"], d["xyz"], d, d.get("nope"), "nope" in d, type(d.copy()).__name__, type(d | {}).__name__)
class Pair(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)), list(p))
class Flag(int):
    pass
print(Flag(1) | Flag(2), type(Flag(1) | Flag(2)).__name__, Flag("7"), Flag(3.9), Flag() == 0, isinstance(Flag(1), int))
class UpperStr(str):
    def __new__(cls, v): return super().__new__(cls, str(v).upper())
print(UpperStr("abc"), UpperStr(12), UpperStr("x") + "y", "".join([UpperStr("a"), "b"]), len(UpperStr("hey")))
class Counted(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.adds = 0
    def append(self, x):
        self.adds += 1
        super().append(x)
cl = Counted("ab")
cl.append("c"); cl.extend("d")
print(cl, cl.adds, Counted.__mro__[1].__name__)
