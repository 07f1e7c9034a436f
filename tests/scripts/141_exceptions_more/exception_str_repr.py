# str/repr/args of builtin and custom exceptions with 0, 1, many args; KeyError's repr-style str
cases = [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("key"), KeyError(),
         OSError(2, "No such file"), StopIteration(5), SystemExit(3)]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
print(StopIteration(5).value, SystemExit(3).code, OSError(2, "x").errno)
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(str(WithRepr("m")), repr(WithRepr("m")), [WithRepr()])
e = ValueError("x")
e.args = ("changed", 1)
print(str(e))
