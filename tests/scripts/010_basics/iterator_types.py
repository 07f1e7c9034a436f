# enumerate, zip, map, filter and reversed are types, as in CPython: called, tested with isinstance, reported.
e = enumerate("ab", start=1)
print(type(e).__name__, isinstance(e, enumerate), list(e), type(enumerate) is type)
z = zip([1, 2], "xy")
print(type(z).__name__, isinstance(z, zip), list(z), list(zip([1, 2, 3], "ab")))
m = map(pow, [2, 3], [2, 2])
print(type(m).__name__, isinstance(m, map), list(m))
f = filter(None, [0, 1, "", "a"])
print(type(f).__name__, isinstance(f, filter), list(f))
r = reversed([1, 2, 3])
print(type(r).__name__, isinstance(r, reversed), list(r), list(reversed(range(3))))
print(enumerate.__name__, zip.__name__, map.__name__, filter.__name__, reversed.__name__)
for bad in [lambda: enumerate(), lambda: enumerate([], 1, 2), lambda: enumerate([], "1"), lambda: map(len),
            lambda: filter(None), lambda: filter(x=1), lambda: reversed(), lambda: reversed([], []),
            lambda: zip([1], [1, 2], strict=True).__next__() and list(zip([1], [1, 2], strict=True)),
            lambda: zip(bad=1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
