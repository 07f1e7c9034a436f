# except* splits an ExceptionGroup by type; each handler sees a sub-group; unmatched part re-raised
def run():
    try:
        raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
    except* ValueError as eg:
        print("values:", type(eg).__name__, eg.message, [str(e) for e in eg.exceptions])
    except* (TypeError, KeyError) as eg:
        print("others:", sorted(type(e).__name__ for e in eg.exceptions))
run()
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as rest:
    print("rest:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapped:", repr(eg))
