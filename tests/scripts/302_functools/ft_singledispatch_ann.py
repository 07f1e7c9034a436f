# functools: singledispatch register by annotation, stacked register(cls), MRO resolution, registry/dispatch, errors.
from functools import singledispatch
from collections.abc import Sequence, Mapping
@singledispatch
def show(x):
    return f"object:{x!r}"
@show.register
def _(x: int):
    return f"int:{x}"
@show.register(list)
@show.register(tuple)
def _(x):
    return f"seq:{len(x)}"
@show.register
def _(x: Mapping):
    return f"map:{sorted(x)}"
@show.register(float)
@show.register(complex)
def _(x):
    return f"num:{x}"
show.register(str, lambda x: f"str:{x.upper()}")
for v in (1, True, 2.5, 1j, [1, 2], (3,), {"b": 1, "a": 2}, "hi", None, b"x"):
    print(show(v))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(object) is show.registry[object])
print(len(show.registry), object in show.registry, show.__name__)
try:
    @show.register
    def _(x):
        return 0
except TypeError as e:
    print(type(e).__name__ + ":", str(e).split(" at 0x")[0])
try:
    @show.register
    def _(x: "bytes"):
        return "bytes-by-string"
    print(show(b"y"))
except TypeError as e:
    print(type(e).__name__ + ":", str(e)[:40])
try:
    show()
except TypeError as e:
    print(type(e).__name__ + ":", e)
class MyList(list):
    pass
@show.register
def _(x: MyList):
    return "mylist"
print(show(MyList()), show([]))
