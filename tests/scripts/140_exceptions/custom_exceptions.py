# Custom exception classes: args, str(e) with zero/one/several args, extra attributes, a hierarchy.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name

class Empty(Exception):
    pass

for exc in [AppError(), AppError("one"), AppError("a", 2), NotFound("file.txt"), Empty()]:
    try:
        raise exc
    except AppError as e:
        print("AppError family:", type(e).__name__, repr(str(e)), e.args)
    except Exception as e:
        print("other:", type(e).__name__, repr(e))
try:
    raise NotFound("x")
except NotFound as e:
    print(e.name, isinstance(e, AppError), isinstance(e, Exception))
print(repr(AppError("a", 2)), repr(NotFound("q")))
