# IndexError/KeyError/ValueError/AttributeError from str.format field lookups
class P:
    x = 1

cases = [
    lambda: "{} {}".format("a"),
    lambda: "{2}".format(1, 2),
    lambda: "{name}".format(nom=1),
    lambda: "{0[5]}".format([1]),
    lambda: "{0[k]}".format({}),
    lambda: "{0.y}".format(P()),
    lambda: "{0} {}".format(1, 2),
    lambda: "{} {0}".format(1, 2),
    lambda: "{".format(1),
    lambda: "}".format(1),
    lambda: "{0!z}".format(1),
    lambda: "{0:{1}}".format(1),
    lambda: "{:d}".format("s"),
    lambda: "{0[}".format([1]),
    lambda: "{a.}".format(a=1),
    lambda: "{!r}".format(),
]
for c in cases:
    try:
        print(repr(c()))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
