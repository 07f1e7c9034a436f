# ExitStack: LIFO order across enter_context/callback/push, nested stacks, exceptions in __enter__ unwinding
from contextlib import ExitStack, contextmanager

@contextmanager
def step(name, fail_on_enter=False):
    if fail_on_enter:
        raise OSError(f"cannot enter {name}")
    print("enter", name)
    try:
        yield name
    finally:
        print("exit", name)

with ExitStack() as stack:
    stack.enter_context(step("A"))
    stack.callback(print, "callback 1")
    stack.push(lambda *exc: print("push sees", exc[0]))
    stack.enter_context(step("B"))
    stack.callback(print, "callback 2")
print("---")
try:
    with ExitStack() as stack:
        for name in ("x", "y", "z"):
            stack.enter_context(step(name, fail_on_enter=(name == "z")))
except OSError as e:
    print("OSError:", e)
print("---")
with ExitStack() as outer:
    outer.callback(print, "outer cb")
    with ExitStack() as inner:
        inner.callback(print, "inner cb")
        outer.enter_context(step("moved"))
    print("inner done")
print("---")
def make_files(names):
    with ExitStack() as stack:
        handles = [stack.enter_context(step(n)) for n in names]
        return handles, stack.pop_all()
handles, closer = make_files(["f1", "f2"])
print(handles)
closer.close()
s = ExitStack()
s.callback(print, "closed explicitly")
s.close()
s.close()
print("closed twice safely")
