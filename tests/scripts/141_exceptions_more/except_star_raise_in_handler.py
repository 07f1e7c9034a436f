# raising inside an except* handler: new exception grouped with the unhandled rest, context kept
try:
    try:
        raise ExceptionGroup("jobs", [ValueError("bad value"), OSError("disk")])
    except* ValueError as eg:
        raise RuntimeError("could not recover") from eg.exceptions[0]
except ExceptionGroup as g:
    print(repr(g.message), len(g.exceptions))
    for e in g.exceptions:
        print(" ", type(e).__name__, e, repr(e.__cause__))
try:
    raise ExceptionGroup("one", [KeyError("k")])
except* KeyError:
    pass
print("fully handled")
try:
    try:
        raise ExceptionGroup("eg", [TypeError("t")])
    except* TypeError:
        raise
except ExceptionGroup as g:
    print("re-raised:", repr(g))
