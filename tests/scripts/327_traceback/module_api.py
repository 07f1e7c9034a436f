# traceback: format_exc/format_exception/format_tb/extract_tb/extract_stack, limits, chains, TracebackException, SyntaxError and notes, recursion summaries
import traceback, sys
def inner(x):
    return 1 / x
def outer():
    return inner(0)
try:
    outer()
except ZeroDivisionError as e:
    print(traceback.format_exc(), end="")
    print(traceback.format_exception(e))
    print(traceback.format_exception_only(e))
    print([tuple(f) for f in traceback.extract_tb(e.__traceback__)])
    print(traceback.format_tb(e.__traceback__))
    s = traceback.extract_tb(e.__traceback__)[-1]
    print(s.filename.endswith("tbm.py"), s.lineno, s.name, s.line, repr(s)[:20], len(s))

    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exception(e, limit=1))
    print(traceback.format_exception(e, limit=-1))
print(repr(traceback.format_exc()))
try:
    try:
        {}["k"]
    except KeyError as k:
        raise ValueError("wrapped") from k
except ValueError as v:
    print("".join(traceback.format_exception(v)))
    print("".join(traceback.format_exception(v, chain=False)))
    te = traceback.TracebackException.from_exception(v)
    print(str(te), te.exc_type.__name__, len(te.stack), te.__cause__.exc_type.__name__)
    traceback.print_exception(type(v), v, v.__traceback__, file=sys.stdout)
def show_stack():
    return traceback.extract_stack()
st = show_stack()
print([f.name for f in st], st[-1].line)
print(traceback.format_exception_only(ValueError, ValueError("old style")))
print(traceback.format_exception_only(None))
try:
    exec("def f(:\n    pass")
except SyntaxError as se:
    print(traceback.format_exception_only(se))
e = RuntimeError("noted")
e.add_note("a note")
print(traceback.format_exception(e))
def recurse(n):
    return recurse(n + 1) if n < 10 else 1 / 0
try:
    recurse(0)
except ZeroDivisionError as z:
    print(traceback.format_exc())
