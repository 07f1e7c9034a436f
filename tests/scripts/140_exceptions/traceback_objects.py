# exception __traceback__ objects: tb_next chain, tb_frame.f_code, tb_lineno, with_traceback, assignment errors, sys.exc_info()[2]
import sys
def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, type(tb).__name__))
        tb = tb.tb_next
    print(names)
    print(e.__traceback__ is not None, e.with_traceback(None) is e, e.__traceback__)
    try:
        e.__traceback__ = 5
    except TypeError as t:
        print("TypeError:", t)
try:
    try:
        outer()
    except ValueError as e:
        saved = e.__traceback__
        raise KeyError("k").with_traceback(saved)
except KeyError as k:
    tb = k.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print(n, sys.exc_info()[2] is not None if False else "x")
print(sys.exc_info())
try:
    1/0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, type(tb).__name__, tb.tb_lineno, tb.tb_next)
