# random.seed(444) gives CPython's Mersenne Twister sequence: randint, random, randrange, choice, shuffle.
import random

random.seed(444)
print([random.randint(0, 10) for _ in range(10)])
print(random.random(), random.random())
print([random.randrange(100) for _ in range(5)], random.randrange(10, 20), random.randrange(0, 100, 5))
colors = ["red", "green", "blue", "cyan"]
print([random.choice(colors) for _ in range(6)])
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.seed(444)
print(random.randint(0, 10), random.randint(0, 10))
random.seed(1)
print(random.randint(1, 6), random.random(), random.randint(-(2 ** 40), 2 ** 40))
