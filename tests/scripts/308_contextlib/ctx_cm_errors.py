# contextmanager: "didn't yield", "didn't stop", StopIteration handling, BaseException, re-raising the same object
from contextlib import contextmanager

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        print("never")
except RuntimeError as e:
    print(type(e).__name__ + ":", e, e.__cause__, e.__suppress_context__)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__ + ":", e)

@contextmanager
def yields_after_throw():
    try:
        yield
    except ValueError:
        yield
try:
    with yields_after_throw():
        raise ValueError
except RuntimeError as e:
    print(type(e).__name__ + ":", e)

@contextmanager
def passthrough():
    yield

for exc in [StopIteration("si"), RuntimeError("rt"), KeyboardInterrupt("kb"), GeneratorExit()]:
    try:
        with passthrough():
            raise exc
    except BaseException as e:
        print("raised", type(e).__name__, e is exc)

@contextmanager
def stop_inside():
    try:
        yield
    except ValueError:
        pass
    return
with stop_inside():
    raise ValueError("suppressed by return")
print("suppressed")

@contextmanager
def reraise():
    try:
        yield
    except Exception as e:
        print("seen", type(e).__name__)
        raise
try:
    with reraise():
        raise TypeError("t")
except TypeError as e:
    print("same type back:", e)

@contextmanager
def raises_other_in_finally():
    try:
        yield
    finally:
        raise OSError("from finally")
try:
    with raises_other_in_finally():
        raise ValueError("original")
except OSError as e:
    print(type(e).__name__ + ":", e, "| context:", repr(e.__context__))

cm = passthrough()
cm.__enter__()
print(cm.__exit__(ValueError, None, None))
