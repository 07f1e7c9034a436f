# contextlib: contextmanager with cleanup on error, suppress, ExitStack callbacks in LIFO order, nullcontext
from contextlib import contextmanager, suppress, ExitStack, nullcontext
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise ValueError("oops")
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with ExitStack() as stack:
    for n in range(3):
        stack.callback(print, "cleanup", n)
    names = [stack.enter_context(tag(x)) for x in "xy"]
    print(names)
with nullcontext(5) as v:
    print(v)
