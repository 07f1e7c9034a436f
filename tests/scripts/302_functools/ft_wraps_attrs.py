# functools: wraps/update_wrapper copy name/doc/module/qualname/dict, set __wrapped__, custom assigned/updated.
from functools import wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k) + 1
    return inner
@deco
def add(x: int, y: int = 0) -> int:
    "Add numbers."
    return x + y
print(add(1, 2), add.__name__, add.__doc__, add.__qualname__, add.__annotations__, add.__wrapped__(1, 2), add.__module__)
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)
def src():
    pass
src.tag = "t"
src.__dict__["extra"] = [1]
def dst():
    pass
dst.tag = "old"
res = update_wrapper(dst, src)
print(res is dst, dst.tag, dst.extra is src.extra, dst.__name__, dst.__wrapped__ is src)
def dst2():
    pass
update_wrapper(dst2, src, assigned=("__doc__",), updated=())
print(dst2.__name__, hasattr(dst2, "tag"), dst2.__wrapped__ is src)
class Callable:
    def __call__(self):
        return 1
obj = Callable()
def w():
    pass
update_wrapper(w, obj)
print(w.__name__, w.__wrapped__ is obj)
@deco
@deco
def two():
    return 0
print(two(), two.__name__, two.__wrapped__.__wrapped__.__name__, two.__wrapped__() if False else "")
