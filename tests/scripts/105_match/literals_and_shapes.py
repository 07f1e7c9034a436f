# match: literal, singleton, sequence (with *rest), mapping (with **rest), class, OR, AS and guarded cases.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case [a]:
            return f"one item {a}"
        case [a, b, *rest] if not rest:
            return f"pair {a} {b}"
        case [a, *rest, z]:
            return f"first {a} last {z} middle {rest}"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": t, **others}:
            return f"type {t} others {others}"
        case (1, _):
            return "tuple starting 1"
        case str() as s:
            return f"a str {s!r}"
        case float(v) | int(v):
            return f"number {v}"
        case _:
            return "other"
for v in [0, 2, -1, "hello", None, True, [7], [1, 2], [1, 2, 3, 4], {"type": "point", "x": 1, "y": 2},
          {"type": "box", "w": 3}, (1, 9), "zzz", 2.5, 99, {1, 2}, [1, 2, 3]]:
    print(repr(v), "->", describe(v))
