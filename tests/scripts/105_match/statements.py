# match at module level: tuple subjects, nested patterns, value patterns, and match/case as ordinary names.
match (1, 2, 3):
    case (a, b, c):
        print(a + b + c)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print(rest)
command = "go north"
match command.split():
    case ["go", ("north" | "south") as direction]:
        print("going", direction)
    case ["quit"]:
        print("bye")
match 42:
    case x:
        print("captured", x)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a, b, c, d)
import math
match 3.141592653589793:
    case math.pi:
        print("pi!")
match = 5
print(match)
case = 3
print(case + match)
