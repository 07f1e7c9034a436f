# builtin types (and their subclasses) match one positional sub-pattern as the whole subject
class Count(int):
    pass
def describe(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case bytes(raw) | bytearray(raw):
            return f"binary of {len(raw)}"
        case Count(n) | int(n):
            return f"number {n!r}"
        case float(x):
            return f"float {x}"
        case str(s) if s:
            return f"text {s!r}"
        case list(items) | tuple(items):
            return f"sequence {len(items)}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case dict(d):
            return f"dict keys {sorted(d)}"
        case _:
            return "other"
for v in [True, b"ab", bytearray(3), 7, Count(4), 1.5, "hi", "", [1], (1, 2), {3}, frozenset(), {"b": 1, "a": 2}, None]:
    print(describe(v))
match b"xy":
    case bytes(a, b):
        pass
