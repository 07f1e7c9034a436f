# match: dotted value patterns, star in the middle, mapping **rest, nested or-patterns, literals, bindings
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
class Cmd:
    QUIT = "quit"
def run(command):
    match command.split():
        case [Cmd.QUIT]:
            return "bye"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", _]:
            return "bad direction"
        case ["pick", "up", *items] if items:
            return f"picked {', '.join(items)}"
        case [first, *middle, last] if len(middle) >= 2:
            return f"{first}..{last} ({len(middle)} in middle)"
        case []:
            return "nothing"
        case _:
            return "unknown: " + command
for c in ["quit", "go north", "go up", "pick up key lamp", "pick up", "a b c d", "", "x y"]:
    print(repr(c), "->", run(c))
def kind(v):
    match v:
        case True:
            return "True"
        case 1:
            return "one"
        case None | False:
            return "falsy-singleton"
        case Color.RED:
            return "red"
        case Color():
            return f"color {v.name}"
        case {"id": int(i), **rest} if not rest:
            return f"only id {i}"
        case {"id": _, **rest}:
            return f"id plus {sorted(rest)}"
        case (int() | float()) as num if num > 100:
            return "big"
        case [[a, b], [c, d]]:
            return f"2x2 {a + b + c + d}"
        case str(s) if (n := len(s)) > 3:
            return f"long str {n}"
        case bytes():
            return "bytes"
        case _:
            return "other"
for v in [True, 1, 1.0, None, False, Color.RED, Color.GREEN, {"id": 3}, {"id": 3, "x": 1, "a": 0},
          500, 99.5, [[1, 2], [3, 4]], ((1, 2), (3, 4)), "hello", "hi", b"x", 0]:
    print(repr(v), "->", kind(v))
match (1, 2):
    case (1, x) | (x, 1):
        print("x bound to", x)
point = {"x": 1, "y": 2}
match point:
    case {"x": x, "y": y, "z": z}:
        print("3d")
    case {"x": x, "y": y}:
        print("2d", x, y)
