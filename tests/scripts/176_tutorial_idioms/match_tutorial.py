# docs tutorial 4.7 match: sequence, class, mapping patterns, guards, captures, as-patterns, dataclass points
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def where_is(point):
    match point:
        case Point(x=0, y=0):
            return "Origin"
        case Point(x=0, y=y):
            return f"Y={y}"
        case Point(x=x, y=0):
            return f"X={x}"
        case Point(x, y) if x == y:
            return f"Diagonal at {x}"
        case Point():
            return "Somewhere else"
        case _:
            return "Not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), "x"]:
    print(where_is(p))
def command(cmd):
    match cmd.split():
        case [action]:
            return f"single {action}"
        case ["go", direction] if direction in ("north", "south"):
            return f"going {direction}"
        case ["go", _]:
            return "can't go there"
        case ["drop", *objects]:
            return f"dropping {objects}"
        case ["get" | "take" as verb, obj]:
            return f"{verb} {obj}"
        case []:
            return "empty"
        case _:
            return f"unknown {cmd!r}"
for c in ["look", "go north", "go up", "drop a b c", "take key", "get lamp", "", "dance with me now"]:
    print(command(c))
def event(e):
    match e:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": t}:
            return f"other {t}"
        case [Point(x=0) as p, *_]:
            return f"list starting with {p}"
        case int() | float() as n if n > 0:
            return f"positive {n}"
        case None:
            return "none"
    return "fallthrough"
for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "q", "mod": "ctrl"}, {"type": "x"},
          [Point(0, 1), 2], 3.5, -1, None]:
    print(event(e))
