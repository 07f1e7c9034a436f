# `obj.attr op= value` on instances (fused attribute read and write), on other objects, through properties,
# and failing.
class C:
    def __init__(self):
        self.n = 0
        self.s = "a"


class WithProp:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("setter", value)
        self._v = value


def bump(objs):
    for o in objs:
        o.n += 1
        o.n *= 3
    return [o.n for o in objs]


class Other:
    n = 10


print(bump([C(), C()]), bump([C(), Other()]))
c = C()
for ch in "bcd":
    c.s += ch
print(c.s)
w = WithProp()
w.v += 5
w.v *= 2
print(w.v)
try:
    c.missing += 1
except AttributeError as e:
    print("AttributeError:", e)
c.n += 1.5
print(c.n)
c.n += "x"
