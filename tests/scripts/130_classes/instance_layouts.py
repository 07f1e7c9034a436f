# Instance attributes through every path: the same attributes in different orders, polymorphic sites,
# __dict__ (reads and writes show through), del, vars(), many attributes, a method shadowed by an instance
# attribute, a property or method added to the class later, and getattr/setattr with computed names.


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


class Q(P):
    def __init__(self, a, b):
        self.b = b  # the other order
        self.a = a


def read_all(objs):
    return [o.a * 10 + o.b for o in objs]


objs = [P(1, 2), Q(3, 4), P(5, 6), Q(7, 8)]
print(read_all(objs), [o.total() for o in objs])
for o in objs:
    o.a += 100
print(read_all(objs))

p = P(1, 2)
d = p.__dict__
print(d)
d["c"] = 3
print(p.c, vars(p))
p.e = 5
print(p.__dict__)
del p.a
print(p.__dict__, hasattr(p, "a"))
try:
    print(p.a)
except AttributeError as e:
    print("AttributeError:", e)

q = P(1, 2)
del q.b
q.b = 20
print(q.__dict__, q.total())
try:
    del q.zzz
except AttributeError as e:
    print("AttributeError:", e)

many = P(0, 0)
for i in range(100):
    setattr(many, "attr" + str(i), i)
print(len(vars(many)), many.attr0, many.attr99, getattr(many, "attr" + "50"))

shadow = P(1, 2)
print(shadow.total())
shadow.total = lambda: "instance attribute wins"
print(shadow.total(), P(1, 1).total())


def show(o):
    return o.a


p9, q8 = P(9, 9), Q(8, 8)
print(show(p9), show(q8))
P.a = property(lambda self: "property wins")
print(show(p9), show(q8))
try:
    P(1, 1)
except AttributeError as e:
    print("AttributeError:", e)
del P.a
print(show(p9), show(q8))


class R:
    pass


r = R()
for name in ["x", "y", "z"]:
    setattr(r, name, name * 2)
print(r.x, r.y, r.z, sorted(vars(r)))
r2 = R()
r2.z = 1
r2.y = 2
print(vars(r2), getattr(r2, "x", "missing"))


class S:
    @property
    def v(self):
        return 1


try:
    S().v = 2
except AttributeError as e:
    print("AttributeError:", e)
