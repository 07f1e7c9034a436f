# string.Formatter: vformat with positional/auto numbering, attribute/index lookup, format_spec nesting, and error messages
import string
f = string.Formatter()
print(f.format("{} {} {}", 1, "a", [2]), f.format("{0}{1}{0}", "x", "y"), f.format("{a.real} {b[1]} {c[k]}", a=3j, b="xyz", c={"k": "v"}))
print(f.format("{:>{w}.{p}f}|{!r:^7}|{!s}", 3.14159, "s", 5, w=9, p=2), f.format("{0:{1}}", 42, "08b"))
print(f.vformat("{x}-{0}", ("pos",), {"x": "kw"}), f.format("{{literal}} {}", 1), f.format("{0[0]}{0[1]}", ["a", "b"]))
for fmt, args, kw in [("{} {1}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{", (), {}), ("}", (), {}), ("{2}", (1,), {}),
                      ("{x}", (), {}), ("{0!z}", (1,), {}), ("{0:{1:{2}}}", (1, 2, 3), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {})]:
    try:
        print(repr(fmt), "->", repr(f.format(fmt, *args, **kw)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(fmt), "->", type(e).__name__ + ":", e)
print(list(f.parse("a{0!r:>5}b{{c}}{x.y[z]}")), list(f.parse("")), list(f.parse("{}")))
print(f.get_field("0.real", (5,), {}), f.get_field("k[0]", (), {"k": "hi"}), f.convert_field("x", "r"), f.convert_field(1, None), f.format_field(3, "03d"))
print(f.get_value(0, ("a",), {}), f.get_value("k", (), {"k": 9}), f.convert_field("é", "a"))
try:
    f.convert_field(1, "q")
except ValueError as e:
    print("ValueError:", e)
