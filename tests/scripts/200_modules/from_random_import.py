# from random import randint: the imported function shares the module's seeded state.
import random
from random import randint, choice

random.seed(444)
a = [randint(0, 10) for _ in range(3)]
random.seed(444)
b = [random.randint(0, 10) for _ in range(3)]
print(a, b, a == b)
print(choice("abcdef"), randint(1, 1))
