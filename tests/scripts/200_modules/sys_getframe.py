# sys._getframe: the caller's module, function name and line, as logging and namedtuple read them.
import sys


def where(depth=1):
    f = sys._getframe(depth)
    return f.f_globals["__name__"], f.f_code.co_name, f.f_lineno


def outer():
    return where(), inner()


def inner():
    x = 42
    frame = sys._getframe(0)
    caller = frame.f_back
    return caller.f_code.co_name, caller.f_lineno, frame.f_code.co_filename.endswith("sys_getframe.py")


print(outer())
print(where(1))
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_globals is globals(), type(top).__name__)


def locals_of_caller():
    return sorted(sys._getframe(1).f_locals)


def has_locals(a, b=2):
    c = a + b
    return locals_of_caller()


print(has_locals(1))
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
sys._getframe("x")
