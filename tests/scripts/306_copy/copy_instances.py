# copying plain class instances: __dict__ state, __slots__, subclasses of builtins
import copy

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"

p = P(1, [2])
c = copy.copy(p)
print(c, type(c).__name__, c is p, c.y is p.y)
d = copy.deepcopy(p)
print(d, d.y is p.y)

class Empty:
    pass
e = copy.copy(Empty())
print(type(e).__name__, vars(e))

class S:
    __slots__ = ("a", "b", "__priv")
    def __init__(self):
        self.a = [1]
        self.__priv = "p"
    def priv(self):
        return self.__priv

s = S()
c = copy.copy(s)
print(c.a, c.a is s.a, c.priv(), hasattr(c, "b"))
d = copy.deepcopy(s)
print(d.a, d.a is s.a, d.priv())

class SD(S):
    __slots__ = "z"
sd = SD()
sd.z = 5
print(copy.copy(sd).z, copy.deepcopy(sd).a)

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = "t"
c = copy.copy(ml)
print(type(c).__name__, c, c.tag, c[1] is ml[1])
d = copy.deepcopy(ml)
print(type(d).__name__, d, d.tag, d[1] is ml[1])

class MyDict(dict):
    pass
md = MyDict(a=[1])
d = copy.deepcopy(md)
print(type(d).__name__, d, d["a"] is md["a"])

class MyInt(int):
    pass
mi = MyInt(7)
mi.note = "n"
c = copy.copy(mi)
print(type(c).__name__, c, c.note)

class MyStr(str):
    pass
print(type(copy.deepcopy(MyStr("hi"))).__name__, copy.deepcopy(MyStr("hi")))

class MySet(set):
    pass
ms = MySet([3, 1, 2])
c = copy.copy(ms)
print(type(c).__name__, sorted(c))

class MyErr(Exception):
    pass
err = MyErr("bad", 2)
err.extra = 1
c = copy.copy(err)
print(type(c).__name__, c.args, c.extra)
