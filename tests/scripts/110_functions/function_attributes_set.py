# function attributes with a type of their own: __name__, __qualname__, __defaults__, __kwdefaults__, __code__ (free variable count) and their errors
class C:
    pass
def f():
    pass
for attr, value in (("__name__", 5), ("__qualname__", None), ("__defaults__", [1]), ("__code__", 1)):
    try:
        setattr(f, attr, value)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
def g(a, b=2, *, c=3):
    return a, b, c
g.__defaults__ = (20,)
g.__kwdefaults__ = {"c": 30}
print(g(1), g.__defaults__, g.__kwdefaults__)
g.__defaults__ = None
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
def h():
    return "h"
def k():
    return "k"
h.__code__ = k.__code__
print(h(), h.__name__)
def outer():
    x = 1
    def inner():
        return x
    return inner
try:
    h.__code__ = outer().__code__
except ValueError as e:
    print("ValueError:", e)
h.__name__ = "renamed"
print(h.__name__, h.__qualname__)
