# tutorial 8.9-8.10: ExceptionGroup, except*, add_note, nested groups, custom exception hierarchy with __str__
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return f"{self.field}: {self.message}"
def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValidationError("name", "required"))
    if not isinstance(record.get("age"), int):
        errors.append(TypeError("age must be int"))
    elif record["age"] < 0:
        errors.append(ValidationError("age", "must be non-negative"))
    if errors:
        raise ExceptionGroup(f"invalid record {record}", errors)
    return "ok"
for rec in [{"name": "ann", "age": 3}, {"name": "", "age": -1}, {"age": "x"}]:
    try:
        print(validate(rec))
    except* ValidationError as eg:
        print("validation:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("types:", [str(e) for e in eg.exceptions])
def f():
    excs = [OSError("error 1"), SystemError("error 2")]
    raise ExceptionGroup("there were problems", excs)
try:
    f()
except Exception as e:
    print(f"caught {type(e).__name__}: {e}", len(e.exceptions))
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
excs = []
for test in [1, 2]:
    try:
        if test == 1:
            raise ValueError(f"bad value {test}")
        raise OSError("disk full")
    except Exception as e:
        e.add_note(f"Happened in Iteration {test}")
        excs.append(e)
try:
    raise ExceptionGroup("We have some problems", excs)
except* OSError as g:
    print([e.__notes__ for e in g.exceptions])
