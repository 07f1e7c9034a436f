# slice objects compare like (start, stop, step) tuples, are unhashable in 3.11; ranges slice to ranges
a, b = slice(1, 2), slice(1, 3)
print(a == slice(1, 2), a != slice(1, 2, 1), a < b, b >= a, slice(None) == slice(None, None, None))
print(sorted([slice(3), slice(1, 5), slice(1, 2)], key=lambda s: (s.start or 0, s.stop)))
try:
    hash(a)
except TypeError as e:
    print(e)
try:
    {a: 1}
except TypeError as e:
    print(e)
print(range(10)[::-2], range(0, 10, 3)[1:], range(10)[2:100], range(10)[-100:3], range(5)[::-1][1:3])
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 2), range(3)[a])
print(slice(1, 10, 2).indices(5), a.start, a.stop, a.step)
print(slice(1, 2) < slice(1, "x"))
