# str() and repr() of exceptions built with zero, one and several args, and of KeyError
cases = [
    ValueError(),
    ValueError("msg"),
    ValueError("a", 2),
    ValueError(("t",)),
    KeyError("k"),
    KeyError(),
    KeyError("a", "b"),
    KeyError(1),
    IndexError(None),
    OSError(2, "No such file"),
    OSError(2, "No such file", "x.txt"),
    StopIteration(5),
    SystemExit(3),
    UnicodeError("u"),
    Exception(""),
]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
