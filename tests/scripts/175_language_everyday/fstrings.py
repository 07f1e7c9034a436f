# f-strings: nested format specs, conversions, =, escapes, alignment, dates-free numbers
width, prec = 10, 3
v = 3.14159265
print(f"[{v:{width}.{prec}f}]", f"[{v:<{width}}]", f"[{v:^{width}.2e}]")
name = "weft"
print(f"{name!r:>8}|{name:*^10}|{name[::-1]}|{name.upper()=}")
print(f"{v=}", f"{v = :.2f}", f"{1 + 2 = }", f"{name!s:5}|")
print(f"{{literal}} {{{name}}}")
items = {"a": 1, "b": 22}
print(f"{items['b']:05d} {len(items)} {'yes' if items else 'no'}")
print(f"{12345678:,} {12345678:_} {0xff:#x} {255:#o} {5:#b} {255:X} {-42:+d} {42: d}")
print(f"{0.000123:.2e} {1234.5:g} {1e20:g} {0.5:%} {0.256:.1%} {3:.2f} {2.5:.0f} {3.5:.0f}")
fmt = ">8"
print(f"{'x':{fmt}}|{'y':{'<'}{4}}|")
for i, n in enumerate([1, 22, 333]):
    print(f"{i:>2}. {n:<5}|{n:^7}|{n:>{i + 3}}")
print(f"{3+4j}", f"{True}", f"{None!r}", f"{[1, 'a']}", f"{b'x'}")
print(f"{'nl':>4}", "\\n".join(["a", "b"]))
x = 7
print(f"{x:{'0'}{'>'}{5}}", f"{x!a}")
print(f"{'abc':.2}", f"{12.0:n}", f"{1_000_000:.3g}", f"{-0.0:.1f}", f"{float('inf'):>6}")
try:
    f"{'s':d}"
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    f"{5:q}"
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    f"{1.5:,d}"
except ValueError as e:
    print(type(e).__name__ + ":", e)
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
print(f"{'item':<8}{'price':>8}{'qty':>5}")
for it, p, q in rows:
    print(f"{it:<8}{p:>8.2f}{q:>5d}")
print(f"{sum(p * q for _, p, q in rows):>21.2f}")
