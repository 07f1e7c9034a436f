# functools.partial binding positional and keyword args, repr-free introspection, wraps on a partial-based decorator
import functools
def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=10)
two_to = functools.partial(power, 2)
print(square(7), cube_mod(7), two_to(10), square(3, exp=3))
print(square.func is power, square.args, square.keywords, two_to.args)
nested = functools.partial(square, mod=5)
print(nested(4), nested.func is power, sorted(nested.keywords.items()))
def log_calls(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            print(prefix, fn.__name__, a)
            return fn(*a, **k)
        return wrapper
    return deco
@log_calls(">>")
def add(a, b):
    "add two numbers"
    return a + b
print(add(2, 3), add.__doc__, add.__wrapped__.__name__)
try:
    square()
except TypeError as e:
    print("TypeError:", e)
