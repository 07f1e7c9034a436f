# Context managers: __exit__ returning True suppresses; contextlib.suppress, ExitStack, contextmanager
from contextlib import contextmanager, suppress, ExitStack, nullcontext

class Guard:
    def __init__(self, name, swallow):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.swallow and et is not None and issubclass(et, KeyError)

with Guard("a", True) as g:
    {}["x"]
print("after a", g.name)
with Guard("outer", True), Guard("inner", False):
    raise KeyError("k")
print("after nested")

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError:
        print("handled ValueError in", name)
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("body", t)
with tag("c"):
    raise ValueError
with ExitStack() as stack:
    for n in ["x", "y"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("in stack")
with nullcontext(5) as v:
    print("null", v)
with Guard("last", False):
    raise IndexError("not swallowed")
