# Format specs applied straight into the output (f-strings, str.format, format()) and %-conversions read by
# bytes: padding, grouping, signs, the %c range, a non-ASCII fill, and the error each bad spec raises.
for spec in ("c", ",c", ".2d", "z", "=s", "#s", "x<10,", "é^9,.3f", "*>+12,.2f", "08,d", "_x", "#010_b", "é<5", "0=+9,", "z.1f", "%"):
    for v in (0x110000, 65, -1234567, 3.5, -0.0001, "ab", 12345678901234567890):
        try:
            print(repr(spec), repr(v), repr(format(v, spec)), f"{v:{spec}}" == format(v, spec), "{:{}}".format(v, spec) == format(v, spec))
        except Exception as e:
            print(repr(spec), repr(v), type(e).__name__, e)
for fmt in ("%c", "%5.1f%%", "%-8r|", "%+.3e", "%#x %#o %#X", "%(a)s", "%*d", "%.*f", "%é", "%.0f", "%#.0f", "% d", "%05d", "%-05d|", "%+05.1f"):
    for args in ((7,), (65, ), (2.5,), ({"a": 1},), (5, 42), ("x",), (-3.25,), (0x110000,)):
        try:
            print(repr(fmt), repr(args), repr(fmt % (args if len(args) > 1 or not isinstance(args[0], dict) else args[0])))
        except Exception as e:
            print(repr(fmt), repr(args), type(e).__name__, e)
print("%s é %d ü %q" % ("a", 1) if False else "")
try:
    print("ab é %s ü %q" % ("a",))
except Exception as e:
    print(type(e).__name__, e)
