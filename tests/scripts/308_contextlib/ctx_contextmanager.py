# contextlib.contextmanager: enter/exit order, values, exception propagation and suppression
from contextlib import contextmanager

@contextmanager
def tag(name):
    "wrap output in a tag"
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)
print(tag.__name__, tag.__doc__, tag("x").__doc__)

try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)

@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)

with swallow(KeyError):
    raise KeyError("k")
print("after swallow")
try:
    with swallow(KeyError):
        raise IndexError("i")
except IndexError as e:
    print("not swallowed:", e)

@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e

try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__ + ":", e, "| cause:", type(e.__cause__).__name__)

@contextmanager
def value_cm():
    yield 42
with value_cm() as v:
    pass
print(v)

@contextmanager
def reentrant_check():
    yield
cm = reentrant_check()
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__ + ":", e)

@contextmanager
def with_args(a, b=2, *rest, **kw):
    yield (a, b, rest, sorted(kw))
with with_args(1, 3, 4, z=1, y=2) as got:
    print(got)
