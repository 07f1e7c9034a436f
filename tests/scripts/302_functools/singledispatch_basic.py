# singledispatch: register by annotation and by explicit type, subclass dispatch, union types, errors
from functools import singledispatch

@singledispatch
def describe(obj, verbose=False):
    "Describe an object."
    return f"object:{type(obj).__name__}"

@describe.register
def _(obj: int, verbose=False):
    return f"int:{obj}" + ("!" if verbose else "")

@describe.register(list)
def _(obj, verbose=False):
    return "list:" + ",".join(describe(x) for x in obj)

def for_str(obj, verbose=False):
    return f"str:{obj!r}"
r = describe.register(str, for_str)
print(r is for_str)

@describe.register
def _(obj: float | complex, verbose=False):
    return f"number:{obj}"

@describe.register
def _(obj: "dict", verbose=False):
    return f"dict of {len(obj)}"

@describe.register
def _(obj: None):
    return "nothing"

class MyInt(int):
    pass

print(describe(3), describe(3, verbose=True), describe(True), describe(MyInt(4)))
print(describe([1, "a", 2.5, None]), describe(1j), describe({}), describe(None), describe(b"x"))
print(describe.__name__, describe.__doc__, describe.__wrapped__(1))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(object) is describe.__wrapped__)
print(describe.dispatch(MyInt).__name__, describe.dispatch(set).__name__)
print(sorted(k.__name__ for k in describe.registry))
print(describe.registry[str] is for_str, object in describe.registry, len(describe.registry))
try:
    describe.registry[tuple] = None
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Plain:
    def __repr__(self):
        return "<Plain>"
cases = [
    lambda: describe(),
    lambda: describe.register(5, for_str),
    lambda: describe.register(Plain()),
    lambda: describe.register("notatype"),
]
def annotated(x: "5"):
    pass
def bad_union(x: int | list[int]):
    pass
cases += [lambda: describe.register(annotated), lambda: describe.register(bad_union)]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(type(e).__name__ + ":", e)

class Anon:
    def __call__(self, x):
        return "anon base"
anon = singledispatch(Anon())
print(anon(1), anon.register(int, lambda x: "anon int")(2), anon(3))
try:
    anon()
except TypeError as e:
    print(type(e).__name__ + ":", e)
