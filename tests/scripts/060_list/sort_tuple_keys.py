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

# (int, int) keys: the two-array path, with ties kept in order (stability) both ways
pairs = [(random.randint(0, 3), random.randint(0, 2)) for i in range(60)]
tagged = list(range(60))
print(sorted(tagged, key=lambda i: pairs[i])[:20])
print(sorted(tagged, key=lambda i: pairs[i], reverse=True)[:20])
print(sorted(pairs)[:12], sorted(pairs, reverse=True)[:12])
print(sorted([(1, 2), (1, 2, 0), (1, 1, 9), (0, 5)]))
print(sorted([(1, True), (1, 0), (0, 2 ** 65), (0, -1)]))
print(sorted([(3, 1), (3, 1.5), (3, 0)]))
