# Tuple packing and unpacking: swap, nested targets, single-element tuples, unpacking in for loops.
t = 1, 2, 3
print(t, type(t).__name__, len(t))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
single = (5,)
print(single, (5), (), tuple(), tuple("ab"), tuple([1, 2]))
for name, (lo, hi) in [("r", (0, 9)), ("s", (5, 6))]:
    print(name, lo, hi)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError", e)
