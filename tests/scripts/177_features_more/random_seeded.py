# random with a fixed seed: random, randint, choice, choices with weights, sample, shuffle, gauss, Random instances
import random

random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 50, 5))
print(random.choice("abcdef"), random.choices(range(10), k=5), random.choices("ab", weights=[1, 9], k=6))
print(random.sample(range(100), 5), random.uniform(1, 2))
lst = list(range(10))
random.shuffle(lst)
print(lst)
print(round(random.gauss(0, 1), 10), round(random.normalvariate(5, 2), 10), round(random.expovariate(2), 10))
print(random.getrandbits(40), random.triangular(0, 10, 3))
r = random.Random("text-seed")
r2 = random.Random("text-seed")
print(r.random() == r2.random(), r.randint(0, 10**9), r2.randbytes(4).hex() if hasattr(r2, "randbytes") else "")
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
random.seed(0)
print(random.sample(["x", "y", "z", "w"], k=2, counts=None) if False else random.sample(["x", "y", "z", "w"], 2))
print(random.choices([1, 2, 3], cum_weights=[1, 1, 10], k=4), random.betavariate(2, 3))
random.seed(7)
print([random.randint(0, 9) for _ in range(15)])
