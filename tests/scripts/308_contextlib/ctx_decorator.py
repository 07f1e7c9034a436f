# ContextDecorator and contextmanager objects used as decorators (recreated per call)
from contextlib import ContextDecorator, contextmanager

class logged(ContextDecorator):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False

@logged("f")
def f(x, y=1):
    "adds"
    print("in f")
    return x + y

print(f(2), f.__name__, f.__doc__, f.__wrapped__.__name__)
try:
    @logged("g")
    def g():
        raise KeyError("g")
    g()
except KeyError as e:
    print("KeyError", e)

@contextmanager
def counting():
    counting.calls += 1
    print("start", counting.calls)
    yield
    print("stop", counting.calls)
counting.calls = 0

@counting()
def work(n):
    return n * 2
print(work(1), work(2))
print(work.__name__)

with logged("plain") as lg:
    print(type(lg).__name__)
