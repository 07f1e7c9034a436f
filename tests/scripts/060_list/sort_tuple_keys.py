# Sorting tuples (the int-first-item fast path): stability, reverse, key functions, mixed and big ints.
import random
random.seed(5)
data = [(random.randint(0, 5), random.randint(0, 3), i) for i in range(200)]
print(sorted(data)[:10], sorted(data, reverse=True)[:10])
print(sorted(data, key=lambda t: (t[0], -t[1]))[:8])
print(sorted(data, key=lambda t: (t[0],), reverse=True)[:8])
mixed = [(1, "b"), (1, "a"), (0, "z"), (2, "a"), (1, "a")]
print(sorted(mixed), sorted(mixed, reverse=True))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
print(sorted([(2**70, 1), (3, 2), (-1, 0)]))
