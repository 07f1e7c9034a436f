# errors from printf-style % formatting on str and bytes
cases = [
    lambda: "%d %d" % (1,),
    lambda: "%d" % (1, 2),
    lambda: "%s" % (),
    lambda: "%(name)s" % (1,),
    lambda: "%(name)s" % {"other": 1},
    lambda: "%z" % 1,
    lambda: "%" % (),
    lambda: "%d" % "3",
    lambda: "%x" % 1.5,
    lambda: "%c" % "ab",
    lambda: "%c" % -1,
    lambda: "abc" % 5,
    lambda: "%.*f" % (2,),
    lambda: b"%s" % "text",
    lambda: b"%d" % b"1",
    lambda: "%i %s" % [1, 2],
]
for c in cases:
    try:
        print(repr(c()))
    except (ValueError, TypeError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
