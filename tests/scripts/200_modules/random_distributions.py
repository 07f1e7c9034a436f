# random: seeded sequences of every distribution, choices with and without weights, Random instances, errors
import random
random.seed(12345)
print(random.random(), random.randint(1, 6), random.choice("abc"), random.uniform(1, 2))
print([round(random.gauss(0, 1), 12) for _ in range(3)], round(random.normalvariate(5, 2), 12))
print(random.choices(range(10), k=5), random.choices("abc", weights=[1, 0, 5], k=4), random.choices("xy", cum_weights=[1, 3], k=3))
print(round(random.triangular(0, 10, 3), 12), round(random.expovariate(1.5), 12), round(random.lognormvariate(0, 1), 12))
print(round(random.vonmisesvariate(1, 2), 12), round(random.gammavariate(2.5, 1), 12), round(random.gammavariate(0.5, 2), 12), round(random.gammavariate(1, 3), 12))
print(round(random.betavariate(2, 3), 12), round(random.paretovariate(3), 12), round(random.weibullvariate(1, 2), 12), random.randbytes(4))
r = random.Random(7)
print(r.random(), r.randrange(100), r.sample(range(20), 3), r.gauss(), type(r).__name__, isinstance(r, random.Random))
r2 = random.Random(7)
print(r2.random() == random.Random(7).random())
class MyRandom(random.Random):
    pass
print(MyRandom(7).random() == r2.__class__(7).random())
for bad in [lambda: random.choices("ab", weights=[1]), lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]),
            lambda: random.choices("ab", weights=[0, 0]), lambda: random.gammavariate(0, 1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
