# except* control flow: multiple handlers, else/finally, bare raise re-raises unhandled group, naked exceptions
def run(excs):
    try:
        try:
            if excs is None:
                print("no error")
            else:
                raise ExceptionGroup("g", excs)
        except* ValueError as a:
            print("  values:", [str(e) for e in a.exceptions])
        except* KeyError as b:
            print("  keys:", repr(b))
            raise
        else:
            print("  else branch")
        finally:
            print("  finally")
    except ExceptionGroup as rest:
        print("  escaped:", repr(rest))
for excs in [None, [ValueError("v1")], [ValueError("v2"), KeyError("k")], [OSError("o"), ValueError("v3")]]:
    print("case", excs)
    run(excs)
try:
    raise TypeError("plain")
except* TypeError as g:
    print(repr(g), type(g.exceptions).__name__)
eg = ExceptionGroup("m", [ValueError("a")])
print(eg.message, eg.args, str(eg), eg.exceptions)
pair = ExceptionGroup("x", [ValueError(1), ValueError(2)])
print(repr(pair.split(lambda x: x.args[0] == 1)))
try:
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
