# contextlib.contextmanager: generator that doesn't yield, yields twice, or converts exceptions
from contextlib import contextmanager
@contextmanager
def no_yield():
    if False:
        yield
@contextmanager
def twice():
    yield 1
    yield 2
@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"translated {e}") from e
for cm in (no_yield, twice):
    try:
        with cm():
            print("body of", cm.__name__)
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    with translate():
        {}["key"]
except LookupError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
with translate():
    print("clean exit")
