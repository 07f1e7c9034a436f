# f-strings: !r/!s conversions, nested replacement fields in the spec ({x:{w}}), expressions, escaped braces.
name = "O'Neil"
w = 10
p = 3
v = 2.718281828
print(f"{name!r} {name!s} {name}")
print(f"[{name:{w}}] [{name:>{w}}] [{v:{w}.{p}f}]")
print(f"{v:.{p}}")
print(f"{{braces}} {w}{{}}")
print(f"{w + p} {w * p} {w > p} {len(name)} {name.upper()}")
items = ["a", "b"]
print(f"{items!r} {items[0]} {', '.join(items)}")
d = {"key": 5}
print(f"{d['key']} {d}")
