# random: randrange/randint/choice/sample over ranges wider than 64 bits (CPython: _randbelow with getrandbits).
import random
random.seed(2024)
print(random.randrange(2 ** 64), random.randrange(2 ** 70), random.randint(-(10 ** 30), 10 ** 30))
print(random.randrange(0, 10 ** 25, 10 ** 20), random.choice(range(2 ** 62)), random.randrange(-2 ** 100, 0))
print(random.sample(range(10 ** 12), 3))
