# printf-style formatting (str % values): every conversion type, flags, widths and precisions (also from *),
# %(key)s lookups in mappings, non-ASCII text, and each error CPython reports
class Idx:
    def __index__(self):
        return 42


class Flt:
    def __float__(self):
        return 2.5


class Map:
    def __getitem__(self, k):
        return k.upper()


cases = [
    ("%s", "x"), ("%s", 5), ("%s", (1,)), ("%s", [1, 2]), ("%r", "é"), ("%a", "é"), ("%a", "\U0001F600"),
    ("%5s|%-5s|", ("ab", "cd")), ("%.2s", "abcdef"), ("%5.1s|", "xyz"), ("%d", 3.99), ("%d", -3.99),
    ("%i %u", (7, 8)), ("%05d", -42), ("%+d % d", (5, 5)), ("%-6d|", 12), ("%06.3d", 7), ("%.5d", -12),
    ("%x %X %o", (255, 255, 8)), ("%#x %#X %#o", (255, 255, 8)), ("%#08x", 255), ("%-#8x|", 255),
    ("%x", -255), ("%#x", -255), ("%d", 2 ** 70), ("%x", -(2 ** 70)), ("%d", True), ("%x", Idx()),
    ("%f", 1.5), ("%.2f", 3.14159), ("%10.3f|", -2.5), ("%-10.1e|", 12345.678), ("%E", 1e-10),
    ("%g %G", (1e20, 1e-20)), ("%#g", 1.0), ("%#.0f", 3.0), ("%+.1f", 0.05), ("% f", 1.0), ("%010.2f", -3.14159),
    ("%f", 3), ("%f", Flt()), ("%f %F", (float("inf"), float("nan"))), ("%e", 2 ** 70), ("%.0e", 5.5),
    ("%c", 65), ("%c", "z"), ("%c", 0x1F600), ("%3c|%-3c|", (97, 98)), ("%%", ()), ("100%% %s", "done"),
    ("%(a)s-%(b)05.1f", {"a": 1, "b": 2.25}), ("%(x)s %(x)r", {"x": "q"}), ("%(key)s", Map()),
    ("%*d|%-*d|", (5, 1, 4, 2)), ("%*d|", (-5, 1)), ("%.*f", (2, 3.14159)), ("%.*s", (-1, "abc")),
    ("%ld %hi %Lf", (1, 2, 3.0)), ("", ()), ("plain", ()), ("no args", []), ("no args", {}),
    ("%s %s", ("é", "日本")), ("%-4s|%4s|", ("é", "日")), ("%s", None), ("%d%%", 50), ("%.3r", "abc"),
]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), "!!", type(e).__name__, e)

errors = [
    ("%d", "x"), ("%x", 1.5), ("%f", "x"), ("%c", 1.5), ("%c", "ab"), ("%c", -1), ("%c", 2 ** 70),
    ("%s %s", ("a",)), ("%s", ("a", "b")), ("hello", 5), ("%z", 1), ("%y", ()), ("%", 1), ("%(a", {"a": 1}),
    ("%(a)s", (1,)), ("%(a)s", {}), ("%*d", ("x", 1)), ("%5", 1), ("%.", 1), ("%é", 1), ("%s %(a)s", {"a": 1}),
    ("%(a)s %s", {"a": 1}), ("%d", None), ("%x", "1"), ("%o", []), ("%e", None),
]
for fmt, args in errors:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), "!!", type(e).__name__, e)
s = "%d-%d"
s %= (1, 2)
print(s)
