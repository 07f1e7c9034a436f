# random: seeded randrange/randint sequences incl. steps, negatives, big ranges; getrandbits; seeding by int/float, re-seeding instances.
import random
random.seed(2024)
print([random.randrange(10) for _ in range(8)])
print([random.randrange(-50, 50, 7) for _ in range(6)], [random.randrange(100, 0, -3) for _ in range(4)])
print([random.randint(-3, 3) for _ in range(10)], random.randint(5, 5))
print(random.randrange(2 ** 40), random.randint(-(10 ** 12), 10 ** 12))
print([random.getrandbits(k) for k in (0, 1, 7, 32, 33, 64, 100)])
for seed in (0, -5, 2 ** 100, 3.5, 7):
    random.seed(seed)
    print(repr(seed), random.randrange(1000), repr(random.random()))
random.seed(12, version=1)
print(random.randrange(1000))
r = random.Random()
r.seed(99)
print([r.randrange(10 ** 6) for _ in range(3)])
