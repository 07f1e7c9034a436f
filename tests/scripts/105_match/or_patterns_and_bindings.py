# OR patterns binding names in different orders, failed cases binding nothing, and what counts as a sequence.
def f(x):
    match x:
        case [1, y] | [y, 1]:
            return ("one-pair", y)
        case {"k": [a, b]} | {"j": (b, a)}:
            return ("nested", a, b)
        case (p, q) | [q, p, _]:
            return ("swap", p, q)
    return None
for v in [[1, 5], [5, 1], {"k": [1, 2]}, {"j": (1, 2)}, (7, 8), [7, 8, 9], "s"]:
    print(f(v))
def g():
    x = "unbound"
    match [1, 2]:
        case [x, 3]:
            pass
    return x
print(g())
    case [a, b]:
match "abc":
    case [*chars]:
        print("str is a sequence?", chars)
    case _:
        print("str is not a sequence")
match {"a": 1}:
    case {}:
        print("any mapping")
match 5:
    case int(n) if n > 3:
        print("big int", n)
class D(dict): pass
match D(x=1):
    case {"x": v}:
        print("dict subclass", v)
match [1, 2, 3, 4, 5]:
    case [1, *_, 5]:
        print("starts 1 ends 5")
match [1, 2, 3, 4, 5]:
    case [_, _, *_, last]:
        print("last", last)
match 1.0:
    case 1:
        print("1.0 == 1")
match -3+2j:
    case -3+2j:
        print("complex")
