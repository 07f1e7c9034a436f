# custom exception hierarchies: args, str/repr, except ordering, attributes, re-raise
class AppError(Exception):
    pass
class DBError(AppError):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(DBError):
    pass
class Plain(AppError):
    pass

for exc in [NotFound("row missing", 404), DBError("locked", 423), Plain(), Plain("a", "b"), AppError("x")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.code, e.args)
    except DBError as e:
        print("DBError", e, repr(e))
    except AppError as e:
        print("AppError", repr(e), str(e), e.args)
print(issubclass(NotFound, AppError), NotFound.__mro__[1:3])
print(isinstance(NotFound("m", 1), (KeyError, DBError)))
def risky(n):
    try:
        if n == 0:
            raise ZeroDivisionError("zero!")
        return 10 / n
    except ZeroDivisionError:
        print("logging and re-raising")
        raise
try:
    risky(0)
except ArithmeticError as e:
    print(type(e).__name__ + ":", e)
try:
    raise KeyError("missing key")
except LookupError as e:
    print(type(e).__name__ + ":", e, repr(e))
print(repr(Exception()), str(Exception()), repr(ValueError(1, "two")), str(ValueError(1, "two")))
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e))
print(type(FileNotFoundError(2, "x")).__name__, OSError(2, "x").__class__.__name__)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    raise NotFound
except TypeError as e:
    print(type(e).__name__ + ":", e)
class WithInit(Exception):
    def __init__(self, x):
        self.x = x
w = WithInit(3)
print(w.args, repr(w), str(w))
