# wraps / update_wrapper: copied attributes, __dict__ merge, __wrapped__, custom assigned/updated, missing attrs
import functools

def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k) * 2
    return inner

@deco
def area(w: int, h: int = 1) -> int:
    """Area of a rectangle."""
    return w * h
area.unit = "m2"
print(area(3, 4), area.__name__, area.__qualname__, area.__doc__, area.__module__)
print(area.__annotations__)
print(area.__wrapped__(3, 4), area.__wrapped__.__name__)
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)

def src():
    "src doc"
src.tag = 1
src.__wrapped__ = "old"
def dst():
    pass
dst.extra = 2
r = functools.update_wrapper(dst, src)
print(r is dst, dst.__name__, dst.__doc__, dst.tag, dst.extra, dst.__wrapped__ is src)
def dst2():
    "keep"
functools.update_wrapper(dst2, src, assigned=("__doc__",), updated=())
print(dst2.__name__, dst2.__doc__, hasattr(dst2, "tag"))

class Callable:
    def __call__(self):
        return "called"
obj = Callable()
def w():
    "w doc"
functools.update_wrapper(w, obj)
print(w.__name__, w.__doc__, w.__wrapped__ is obj)

class Deco:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.__wrapped__(*a)
@Deco
def hello(name):
    "Say hello."
    return "hello " + name
print(hello("x"), hello("y"), hello.calls, hello.__name__, hello.__doc__)
try:
    functools.update_wrapper(w, src, updated=("missing",))
except AttributeError as e:
    print(type(e).__name__ + ":", e)
w2 = functools.wraps(src)
print(type(w2).__name__, w2.func is functools.update_wrapper, sorted(w2.keywords))
