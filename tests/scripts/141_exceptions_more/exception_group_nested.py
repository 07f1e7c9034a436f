# nested ExceptionGroup: subgroup, split, derive keeps structure; leaf iteration
def leaves(eg):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e
inner = ExceptionGroup("inner", [KeyError("a"), ValueError("b")])
outer = ExceptionGroup("outer", [inner, ValueError("c"), TypeError("d")])
print([repr(e) for e in leaves(outer)])
vals = outer.subgroup(ValueError)
print(repr(vals))
match, rest = outer.split(lambda e: isinstance(e, (KeyError, TypeError)))
print(repr(match))
print(repr(rest))
print(outer.subgroup(OSError))
print(type(ExceptionGroup("x", [KeyboardInterrupt()]) if False else BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("y", [KeyboardInterrupt()])).__name__)
try:
    ExceptionGroup("z", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("z", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
