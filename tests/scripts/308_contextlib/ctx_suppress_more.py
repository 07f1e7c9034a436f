# suppress: subclass matching, tuples, exception groups (3.11 semantics), BaseException, nested, reuse
from contextlib import suppress

with suppress(ArithmeticError):
    1 / 0
print("ZeroDivisionError via ArithmeticError")
with suppress(Exception):
    raise ValueError
print("any Exception")
try:
    with suppress(Exception):
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print("KeyboardInterrupt escaped")
with suppress(BaseException):
    raise SystemExit(3)
print("SystemExit suppressed")
s = suppress(OSError)
for name in ("a", "b"):
    with s:
        raise FileNotFoundError(name)
print("reused twice")
with suppress(KeyError):
    with suppress(IndexError):
        {}["x"]
    print("never")
print("outer suppressed")
try:
    with suppress(ValueError):
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print("group not split in 3.11:", repr(e))
def f():
    with suppress(StopIteration):
        next(iter([]))
        return "unreached"
    return "after"
print(f())
for val in range(3):
    with suppress(ZeroDivisionError):
        print(10 // val)
