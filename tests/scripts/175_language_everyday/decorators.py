# decorators: with arguments, stacking order, class decorators, preserving metadata by hand
def tag(name):
    def deco(fn):
        def wrapper(*a, **k):
            return f"<{name}>{fn(*a, **k)}</{name}>"
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco
@tag("b")
@tag("i")
def hello(who="world"):
    "Say hello."
    return f"hello {who}"
print(hello(), hello(who="you"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
calls = []
def trace(fn):
    calls.append("decorating " + fn.__name__)
    return fn
@trace
@trace
def f(): pass
print(calls)
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class P:
    def __init__(self, x, y): self.x, self.y = x, y
print(P(1, "a"))
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def sq(x): return x * x
print([sq(i) for i in range(4)], sq.calls)
registry = {}
def route(path):
    return lambda fn: registry.setdefault(path, fn)
@route("/a")
def a(): return "A"
print(registry["/a"](), a())
print(hello.__qualname__, (lambda: 0).__name__, f.__module__)
