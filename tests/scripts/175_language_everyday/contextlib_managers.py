# generator-based context managers and helpers: contextmanager, suppress, ExitStack, nullcontext, closing
from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("a") as v:
    print("inside", v)
with tag("b"):
    raise KeyError("kb")
try:
    with tag("c"):
        raise ValueError("vc")
except ValueError as e:
    print("propagated", e)
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with ExitStack() as stack:
    for n in "xy":
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("stack body")
with nullcontext(42) as n:
    print(n)
class Res:
    def close(self): print("closed")
with closing(Res()):
    print("using res")
@contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
