# uncaught nested ExceptionGroup with chained member exception; exit code 1
def check(v):
    try:
        return int(v)
    except ValueError as e:
        raise TypeError(f"bad value {v!r}") from e
errors = []
for v in ["1", "x"]:
    try:
        check(v)
    except TypeError as e:
        errors.append(e)
inner = ExceptionGroup("inner", [KeyError("k"), *errors])
raise ExceptionGroup("outer", [inner, ValueError("top")])
