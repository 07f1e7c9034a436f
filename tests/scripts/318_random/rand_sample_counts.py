# random: sample(population, k=...) keyword, counts= expansion, and sets rejected as populations.
import random
random.seed(5)
print(random.sample("abcdef", k=3))
print(random.sample(["red", "blue"], counts=[4, 2], k=5), random.sample(range(3), counts=[1, 0, 2], k=3))
for call in (lambda: random.sample({1, 2}, 1), lambda: random.sample("ab", 1, counts=[1]),
             lambda: random.sample("ab", 3, counts=[1, 1]), lambda: random.sample("ab", 1, counts=[0, 0])):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
