# `and`/`or` return one of their operands, short-circuit evaluation, and `not`.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", None or 0)
print([] and "x", [1] and "x", 0 or [] or "last")

def side(v):
    print("side", v)
    return v

print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(2) and side(0) and side(3))
name = ""
print(name or "anonymous")
print(not None, not [0], (not 1) == False)
