# match statements: literal, sequence, mapping, class patterns with __match_args__, guards, or, as
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, c, r): self.center, self.r = c, r
def describe(obj):
    match obj:
        case 0 | 1 as small:
            return f"small int {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() | int():
            return f"number {obj}"
        case "":
            return "empty string"
        case str() as s if s.isupper():
            return f"shout {s}"
        case [x]:
            return f"one-item {x}"
        case [x, y, *rest]:
            return f"seq {x} {y} rest={rest}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={extra}"
        case {"type": t}:
            return f"typed {t}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r=r):
            return f"circle at ({x},{y}) r={r}"
        case Point():
            return "some point"
        case None:
            return "none"
        case _:
            return f"other {type(obj).__name__}"
tests = [0, 1, -5, 7, 2.5, "", "HI", "hi", [9], (1, 2, 3, 4), [1, 2],
         {"type": "user", "name": "ann", "age": 3}, {"type": "x", "k": 1},
         Point(0, 0), Point(0, 4), Point(2, 2), Point(1, 2), Circle(Point(1, 2), 5), None, {1}, "ab"]
for t in tests:
    print(describe(t))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("mapping partial match ok")
match "abc":
    case [a, b, c]:
        print("str matched seq?")
    case _:
        print("str is not a sequence pattern")
