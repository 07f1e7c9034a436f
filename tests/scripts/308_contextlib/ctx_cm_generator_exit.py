# contextmanager object state: __exit__ return values, reuse, gen attribute, args kept, StopIteration subclasses
from contextlib import contextmanager

@contextmanager
def simple(x):
    yield x * 2

cm = simple(4)
print(cm.__enter__(), cm.__exit__(None, None, None))
cm = simple(1)
cm.__enter__()
print(cm.__exit__(KeyError, KeyError("k"), None) if False else "skip")

@contextmanager
def suppressing():
    try:
        yield
    except Exception:
        pass
cm = suppressing()
cm.__enter__()
print("exit returns", cm.__exit__(ValueError, ValueError("v"), None))

@contextmanager
def passing():
    yield
cm = passing()
cm.__enter__()
try:
    cm.__exit__(TypeError, TypeError("t"), None)
except TypeError as e:
    print("re-raised", e)
print(passing.__wrapped__.__name__, hasattr(passing(), "gen"), type(passing()).__name__)

class MyStop(StopIteration):
    pass
try:
    with passing():
        raise MyStop("mine")
except MyStop as e:
    print("MyStop propagated", e)

@contextmanager
def raising_gen():
    try:
        yield
    except ValueError:
        raise StopIteration("inside")
try:
    with raising_gen():
        raise ValueError("x")
except RuntimeError as e:
    print(type(e).__name__ + ":", e, type(e.__cause__).__name__)
