# class patterns with builtin types: int(x)/str()/float/list/dict/tuple, bool vs int ordering, None/True literals
def kind(v):
    match v:
        case None:
            return "none"
        case True | False:
            return f"bool {v}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f) if f != f:
            return "nan"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s.upper()}"
        case bytes() as b:
            return f"bytes of {len(b)}"
        case [int(), *_] as lst:
            return f"int list len {len(lst)}"
        case list() | tuple():
            return f"sequence {type(v).__name__}"
        case dict(d):
            return f"dict keys {sorted(d)}"
        case _:
            return f"other {type(v).__name__}"
for v in [None, True, 0, -5, 7, 1.5, float("nan"), "", "hi", b"xyz", [1, "a"], ["a"], (1, 2), {"b": 1, "a": 2}, {1, 2}, 1 == 1.0]:
    print(repr(v), "->", kind(v))
