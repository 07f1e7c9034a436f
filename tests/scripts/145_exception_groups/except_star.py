# except*: full and partial matches, a bare exception wrapped, unmatched parts re-raised, new exceptions raised from handlers.
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("caught V", repr(e), type(e).__name__)
except* TypeError as e:
    print("caught T", repr(e))
try:
    raise ValueError("bare")
except* ValueError as e:
    print("wrapped", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("handled V")
    except* KeyError:
        print("handled K")
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("new")
except Exception as e:
    print(type(e).__name__, repr(e), repr(e.exceptions[0].__context__) if hasattr(e, "exceptions") else "")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised", repr(e))
