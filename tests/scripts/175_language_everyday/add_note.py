# add_note and __notes__: validation, notes on groups; ends with uncaught exception showing notes
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        e.add_note(f"while parsing {s!r}")
        raise
try:
    parse("x1")
except ValueError as e:
    print(type(e).__name__ + ":", e, e.__notes__)
e = KeyError("k")
print(hasattr(e, "__notes__"))
e.add_note("first"); e.add_note("second")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__ + ":", err)
def validate(items):
    errs = []
    for i, v in enumerate(items):
        try:
            if v < 0:
                raise ValueError(f"negative: {v}")
        except ValueError as ex:
            ex.add_note(f"at index {i}")
            errs.append(ex)
    if errs:
        raise ExceptionGroup("validation failed", errs)
try:
    validate([1, -2, 3, -4])
except ExceptionGroup as g:
    for ex in g.exceptions:
        print(ex, ex.__notes__)
def step():
    try:
        {}["cfg"]
    except KeyError as ex:
        ex.add_note("hint: set cfg first")
        raise RuntimeError("startup failed") from ex
print("about to fail")
step()
