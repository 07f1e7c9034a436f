# ValueError/TypeError from bad format specs in f-strings, format() and str.format
n, s, f = 42, "hi", 1.5
cases = [
    lambda: f"{n:q}",
    lambda: f"{s:d}",
    lambda: f"{f:d}",
    lambda: f"{s:>5.2d}",
    lambda: f"{n:,s}",
    lambda: f"{s:=10}",
    lambda: f"{n:.2s}",
    lambda: format(n, "xx"),
    lambda: format(None, "5"),
    lambda: format([1], ">3"),
    lambda: f"{n:<<5}",
    lambda: f"{s:,}",
    lambda: format(1.5, "c"),
    lambda: format(n, "+c"),
    lambda: f"{n:_,}",
    lambda: format(object(), "x"),
]
for c in cases:
    try:
        print(repr(c()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
