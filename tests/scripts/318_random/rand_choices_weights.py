# random: choices with weights/cum_weights/k, sample, shuffle, choice on ranges/strings/tuples; exact results.
import random
random.seed(42)
pool = ["a", "b", "c", "d"]
print(random.choices(pool, k=10))
print(random.choices(pool, weights=[10, 1, 0, 1], k=10))
print(random.choices(pool, cum_weights=[1, 1, 5, 6], k=10))
print(random.choices(range(100), k=3), random.choices("xyz"), random.choices(pool, weights=[0.1, 0.2, 0.3, 0.4], k=0))
print(random.sample(range(1000), 5), random.sample(pool, 4), random.sample("abcdef", 2))
print(random.sample(["red"] * 4 + ["blue"] * 2, 5), random.sample(range(10 ** 5), 3))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.choice(range(10, 20)), random.choice("hello"), random.choice((1, 2, 3)))
r = random.Random(5)
print(r.choices([1, 2, 3], [1, 2, 3], k=5), r.sample(range(50), 4))
print(sorted(random.sample(range(10), 10)) == list(range(10)))
