# Exception subclasses with extra fields, custom __str__, args handling, and uncaught display
class AppError(Exception):
    pass
class HttpError(AppError):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def __str__(self):
        return f"{self.status} {self.reason}"
class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path
e = NotFound("/x")
print(e.args, str(e), repr(e), e.path)
print(isinstance(e, AppError), NotFound.__mro__[1].__name__)
try:
    raise HttpError(500, "Server Error")
except AppError as err:
    print(type(err).__name__, err, err.status)
class Quiet(AppError):
    def __init__(self): pass
print(repr(Quiet()), Quiet().args, str(Quiet()) == "")
raise NotFound("/missing/page")
