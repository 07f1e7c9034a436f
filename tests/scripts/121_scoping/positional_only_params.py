# positional-only parameters before /: names free for **kwargs, error when passed by keyword
def clamp(value, lo=0, hi=10, /):
    return max(lo, min(hi, value))
print(clamp(15), clamp(-3, -1), clamp(5, 6, 9))
def record(name, /, **fields):
    return name, sorted(fields.items())
print(record("x", name="shadow", size=2))
def mixed(a, b, /, c, *, d):
    return a + b + c + d
print(mixed(1, 2, 3, d=4), mixed(1, 2, c=3, d=4))
for call in (lambda: clamp(value=3), lambda: mixed(1, b=2, c=3, d=4), lambda: mixed(1, 2, 3, 4)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
