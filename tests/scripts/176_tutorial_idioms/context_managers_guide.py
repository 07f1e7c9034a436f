# Real Python context managers: class-based, contextlib.contextmanager, suppress, exception handling in __exit__
from contextlib import contextmanager, suppress, ExitStack, nullcontext
class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, exc_type, exc_value, tb):
        self.level -= 1
    def print(self, text):
        print('    ' * self.level + text)
with Indenter() as indent:
    indent.print('hi!')
    with indent:
        indent.print('hello')
        with indent:
            indent.print('bonjour')
    indent.print('hey')
class HelloContextManager:
    def __enter__(self):
        print("Entering the context...")
        return "Hello, World!"
    def __exit__(self, exc_type, exc_value, exc_tb):
        print("Leaving the context...")
        if isinstance(exc_value, IndexError):
            print(f"An exception occurred in your with block: {exc_type.__name__}")
            print(f"Exception message: {exc_value}")
            return True
with HelloContextManager() as hello:
    print(hello)
    hello[100]
print("Continue normally from here...")
@contextmanager
def tag(name):
    print(f"<{name}>", end="")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("h1") as t:
    print(t, end="")
with suppress(KeyError, ZeroDivisionError):
    {}["missing"]
    print("not reached")
print("suppressed")
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    stack.callback(print, "callback runs first")
    print(names)
with nullcontext(42) as v:
    print(v)
try:
    with HelloContextManager():
        raise ValueError("not handled")
except Exception as e:
    print(type(e).__name__ + ':', e)
