# random: sample() with counts= expands repeated elements lazily; its validation errors and messages.
import random
random.seed(8)
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample("abc", counts=[10 ** 9, 1, 10 ** 12], k=6))
print(random.sample(range(4), 10, counts=[3, 3, 3, 3]))
print(random.sample(["only"], counts=[3], k=3), random.sample("ab", counts=(0, 2), k=2))
r = random.Random(1)
print(sorted(r.sample("xyz", counts=[2, 2, 2], k=6)))
for args, kw in ((("ab", 1), {"counts": [1]}), (("ab", 1), {"counts": [1.0, 1.0]}), (("ab", 1), {"counts": [0, 0]}),
                 (("ab", 5), {"counts": [1, 1]}), (("ab", 1), {"counts": [-3, 2]}), (("ab", 1), {"counts": 5}),
                 (("", 0), {"counts": []}), (("ab", 1), {"counts": ["1", "2"]})):
    try:
        print(r.sample(*args, **kw))
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
