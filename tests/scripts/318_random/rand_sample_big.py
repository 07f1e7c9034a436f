# random: sample() from huge ranges without materialising them, from sequences of many kinds, and k= keyword.
import random
random.seed(31337)
print(random.sample(range(10 ** 8), 5))
print(random.sample(range(2 ** 62), 3), random.sample(range(-10 ** 18, 10 ** 18, 7), 2))
print(random.sample(range(10), 10), random.sample(range(10), 0))
print(random.sample("abcdefghij", 4), random.sample(("x", "y", "z"), k=2), random.sample([[1], [2], [3]], 2))
print(random.sample(b"hello", 3), random.sample(range(100), k=12))
big = list(range(1000))
print(sum(random.sample(big, 500)), big[:5] == [0, 1, 2, 3, 4])
r = random.Random(4)
print([r.sample(range(n), k) for n, k in ((1, 1), (2, 1), (21, 5), (22, 5), (30, 6), (100, 6), (60, 20))])
print(r.sample(range(10 ** 8), k=10))
for args, kw in (((range(5), 6), {}), ((range(5), -1), {}), (([1, 2],), {}), ((range(5),), {"k": 2, "x": 1})):
    try:
        print(r.sample(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for pop in ({1, 2, 3}, frozenset("a"), {"a": 1}, iter([1, 2]), 5):
    try:
        print(r.sample(pop, 1))
    except TypeError as e:
        print(type(e).__name__ + ":", e)
