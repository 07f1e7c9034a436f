# string.Formatter: format/vformat, field lookup, conversions, nested specs and the error messages
import string

f = string.Formatter()
print(f.format("{} + {} = {}", 1, 2, 3))
print(f.format("{0}{1}{0}", "ab", "cd"))
print(f.format("{name:>8}|{n:05.1f}|{n!r:^9}|", name="bob", n=3.14159))
print(f.format("{0[1]} {0[x]} {1.real} {2[k][0]}", {1: "one", "x": "ex"}, 5j, {"k": [7]}))
print(f.format("{:{w}.{p}f}", 2.718281, w=10, p=3))
print(f.format("{0:{1}}|{0:{2}{1}}", "mid", 9, "^"))
print(f.format("{{literal}} {!s} {!a}", "é", "é"))
print(f.format("{0:%Y}", type("D", (), {"__format__": lambda self, spec: "fmt:" + spec})()))
print(f.vformat("{a}-{0}", ("pos",), {"a": "kw"}))
print(f.format("{a[0]}{a[1]:x}", a=[10, 255]))

for fmt, args, kwargs in [("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{2}", (1,), {}),
                          ("{x}", (), {}), ("{0!z}", (1,), {}), ("{0:{1:{2}}}", (1, 2, 3), {}),
                          ("{0.nope}", (1,), {}), ("{0[", (1,), {}), ("{0[]}", ([1],), {}),
                          ("{0.}", (1,), {}), ("{0[0]x}", ([1],), {}), ("}", (), {}),
                          ("{", (), {}), ("{0", (1,), {}), ("{:d}", ("s",), {}),
                          ("{0!}", (1,), {}), ("{!r", (1,), {})]:
    try:
        print(repr(f.vformat(fmt, args, kwargs)))
    except Exception as e:
        print(fmt, "->", type(e).__name__ + ":", e)

first, rest = f.get_field("0.real", (4,), {}), None
print(first, f.get_value(0, ("a",), {}), f.get_value("k", (), {"k": "v"}))
print(f.convert_field(1, None), f.convert_field("x", "r"), f.format_field(255, "#x"))
