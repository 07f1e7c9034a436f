# ExitStack exception chaining: callbacks that raise get __context__ as nested with statements would
from contextlib import ExitStack

def raiser(exc):
    def cb(*details):
        raise exc
    return cb

try:
    with ExitStack() as s:
        s.push(raiser(IndexError("first registered, runs last")))
        s.push(raiser(KeyError("second")))
        raise ValueError("body")
except IndexError as e:
    print("final:", repr(e))
    print("context:", repr(e.__context__))
    print("context.context:", repr(e.__context__.__context__))
    print("depth 3:", e.__context__.__context__.__context__)

try:
    with ExitStack() as s:
        s.callback(lambda: 1 / 0)
except ZeroDivisionError as e:
    print("no body exception:", type(e).__name__, e.__context__)

# an exception already being handled outside the stack must not become the context
try:
    raise TypeError("outer")
except TypeError:
    try:
        with ExitStack() as s:
            s.push(raiser(KeyError("cb")))
            raise ValueError("inner body")
    except KeyError as e:
        print("cb context:", repr(e.__context__), "| next:", repr(e.__context__.__context__))

# a suppressing callback clears the pending exception
def suppress_all(*details):
    print("suppressing", details[0].__name__)
    return True
with ExitStack() as s:
    s.push(suppress_all)
    s.push(raiser(OSError("from callback")))
    raise ValueError("body")
print("all suppressed")

try:
    with ExitStack() as s:
        s.push(raiser(OSError("late")))
        s.push(suppress_all)
        raise ValueError("body")
except OSError as e:
    print("raised after suppression:", e, e.__context__)
