# built-in exception objects: args, str/repr, KeyError quoting, attributes of OSError/StopIteration/SystemExit
for e in [ValueError(), ValueError("x"), ValueError("x", 2), KeyError("k"), KeyError(), KeyError(1, 2), IndexError(5),
          StopIteration(7), SystemExit(3), OSError(2, "No such file"), UnicodeError("u"), Exception(None)]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
print(StopIteration(7).value, SystemExit(3).code, SystemExit().code, OSError(2, "nf").errno, OSError(2, "nf").strerror)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), KeyboardInterrupt.__mro__[1].__name__)
print(isinstance(FileNotFoundError(), OSError), type(OSError(2, "x")).__name__, IOError is OSError, EnvironmentError is OSError)
e = ValueError("msg")
e.extra = 5
print(e.extra, e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
try:
    try:
        {}["missing"]
    except KeyError as inner:
        raise ValueError("outer") from inner
except ValueError as outer:
    print(repr(outer.__cause__), outer.__suppress_context__, type(outer.__context__).__name__)
try:
    raise TypeError("a") from None
except TypeError as t:
    print(t.__cause__, t.__suppress_context__)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(42)
except Exception as m:
    print(m, m.args, m.code, repr(m))
g = ExceptionGroup("many", [ValueError(1), TypeError(2)])
print(g, repr(g), len(g.exceptions), g.message)
m, rest = g.split(ValueError)
print(repr(m), repr(rest))
e2 = Exception("note")
e2.add_note("hint 1"); e2.add_note("hint 2")
print(e2.__notes__)
try:
    BaseException.with_traceback(e2, 5)
except TypeError as te:
    print(type(te).__name__ + ":", te)
