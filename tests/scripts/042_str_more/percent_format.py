# printf-style % formatting: tuples, dicts, widths via *, conversions %r %s %a %c %x %e %g %%
print("%s has %d items costing %.2f" % ("cart", 3, 19.999))
print("%5s|%-5s|%05d|%+d|% d|%x|%X|%#o|%#x|%e|%g|%G" % ("ab", "cd", 42, 7, 7, 255, 255, 8, 255, 12345.678, 0.00001234, 1e20))
print("%(name)s is %(age)d years, %(name)r again" % {"name": "Ann", "age": 31})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 3, 3.14159))
print("%c%c%c" % (72, "i", 33), "%r %a" % ("café", "café"), "100%% sure", "%s" % [1, 2], "%s" % (("t", 1),))
print("%.3s|%10.2s|%i|%u" % ("abcdef", "xyz", 3.9, -5))
print("%d%%" % 50, "%s" % None, "%5.1f%%" % 99.44, "%-8s|" % "left")
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", ("a",)), ("%z", 1), ("%c", 1234567)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
