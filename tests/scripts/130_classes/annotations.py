# annotated assignments: module and class bodies collect plain names' annotations in __annotations__ (nested
# blocks included), other targets are evaluated and their annotations dropped, function bodies evaluate none
x: int = 1
y: "str"


class C:
    a: int
    b: list = []
    if True:
        c: float = 1.0
    for i in range(1):
        d: "tuple"

    def f(self):
        z: undefined_name = 3
        return z


print(C.__annotations__, C.b, C().f())
print(__annotations__)
d = {}
d["k"]: int = 5
d["k2"]: int


class O:
    pass


o = O()
o.attr: int = 7
print(d, o.attr)
try:
    undefined.attr: int
except NameError as e:
    print("NameError", e)
try:
    d[undefined_key]: int
except NameError as e:
    print("NameError", e)


def g():
    w: int
    return locals()


print(g())


class D:
    "doc"
    q: int = 2


class E:
    pass


print(D.__doc__, D.__annotations__, "__annotations__" in E.__dict__)
