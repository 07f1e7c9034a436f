# random: choices() with uniform, relative and cumulative weights, the k keyword, and float/int populations.
import random
random.seed(42)
print(random.choices("abc"), random.choices("abc", k=8))
print(random.choices(["win", "lose", "draw"], [18, 18, 2], k=10))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=6))
print(random.choices([1, 2, 3], weights=[0.1, 0.0, 0.9], k=5), random.choices("xy", k=0))
print(random.choices(range(10 ** 6), k=3), random.choices("ab", weights=[True, True], k=3))
r = random.Random(0)
counts = {}
for c in r.choices("abcd", [1, 2, 3, 4], k=10000):
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
