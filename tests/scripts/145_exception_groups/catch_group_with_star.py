# except* cannot catch ExceptionGroup itself, and a handler's own error joins what is raised.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError", e)


def handlers():
    try:
        raise ExceptionGroup("work", [ValueError("v"), TypeError("t"), KeyError("k")])
    except* ValueError as e:
        print("V", repr(e.exceptions))
        raise RuntimeError("handler failed")
    except* TypeError:
        print("T handled")


handlers()
