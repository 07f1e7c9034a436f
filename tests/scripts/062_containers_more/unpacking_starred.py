# unpacking: starred assignment, nested targets, swapping, star in calls/literals, and count mismatch errors
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*init, tail = "abc"
head, *rest = range(1)
print(init, tail, head, rest)
(a, b), c, *d = (1, 2), 3
print(a, b, c, d)
x, y = 1, 2
x, y = y, x
print(x, y)
record = ("2024-03-01", ("ann", 31), [9.5, 7.0, 8.25])
date, (name, age), [s1, *others] = record
print(date, name, age, s1, others)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
merged = [*range(3), *"xy", *{"k": 1}]
combo = {**{"a": 1, "b": 2}, "b": 3, **dict(c=4)}
print(merged, combo, (*[1, 2],), {*"aab"} == {"a", "b"})
def f(a, b, c=0, *args, **kw): return a, b, c, args, sorted(kw.items())
print(f(*[1, 2], *(3, 4), **{"z": 1}, y=2))
for bad in ["a, b = [1, 2, 3]", "a, b, c = 'xy'", "a, *b, c = [1]",]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
