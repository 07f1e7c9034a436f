# super() in diamond hierarchies, cooperative __init__, super with explicit args, MRO errors
class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
    def who(self):
        return ["Base"]
class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left init", left)
        super().__init__(**kw)
    def who(self):
        return ["Left"] + super().who()
class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right init", right)
        super().__init__(**kw)
    def who(self):
        return ["Right"] + super().who()
class Child(Left, Right):
    def who(self):
        return ["Child"] + super().who()
c = Child(left=1, right=2)
print(c.who())
print([k.__name__ for k in Child.__mro__])
print(super(Left, c).who(), super(Child, c).who())
class A:
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"
    @property
    def name(self):
        return "A-name"
class B(A):
    @classmethod
    def make(cls):
        return "B+" + super().make()
    @property
    def name(self):
        return "B/" + super().name
print(B.make(), B().name)
class Str(str):
    def __new__(cls, v):
        return super().__new__(cls, v.strip())
    def shout(self):
        return self.upper() + "!"
s = Str("  hi  ")
print(repr(s), s.shout(), len(s), type(s + "x").__name__, isinstance(s, str))
class D(dict):
    def __missing__(self, k):
        return f"<{k}>"
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d)
class I(int):
    def __repr__(self): return f"I({int(self)})"
print(I(5) + 1, repr(I(5)), type(I(5) + 1).__name__, I(5) == 5)
