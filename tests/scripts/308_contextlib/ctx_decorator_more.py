# ContextDecorator: decorating functions keeps metadata, fresh __enter__ per call, _recreate_cm, exceptions
from contextlib import ContextDecorator, contextmanager
import functools

class trace(ContextDecorator):
    depth = 0
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        trace.depth += 1
        print("  " * trace.depth + "enter " + self.label)
        return self
    def __exit__(self, typ, val, tb):
        print("  " * trace.depth + f"exit {self.label} ({typ.__name__ if typ else 'ok'})")
        trace.depth -= 1
        return typ is KeyError

@trace("fact")
def fact(n):
    "factorial"
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(3), fact.__name__, fact.__doc__, fact.__wrapped__.__name__)

@trace("lookup")
def lookup(d, k):
    return d[k]
print(lookup({"a": 1}, "a"), lookup({}, "zz"))

@trace("bad")
def bad():
    raise ValueError("nope")
try:
    bad()
except ValueError as e:
    print("ValueError:", e)

@contextmanager
def section(title):
    print("begin", title)
    yield
    print("end", title)
@section("work")
def work(x):
    print("working", x)
    return x * 2
print(work(1), work(2))
t = trace("x")
print(t._recreate_cm() is t, isinstance(t, ContextDecorator))
with trace("block"):
    print("  in block")
