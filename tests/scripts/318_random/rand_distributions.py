# random: seeded real-valued distributions (uniform, triangular, normal, gauss, lognormal, exponential, von Mises,
# gamma in all three regimes, beta, Pareto, Weibull) give CPython's exact floats.
import random
random.seed(1234)
print([random.random() for _ in range(3)])
print([random.uniform(-2, 5) for _ in range(3)], random.uniform(10, 1), random.uniform(3, 3))
print([random.triangular() for _ in range(2)], random.triangular(0, 10, 7), random.triangular(5, 5, 5), random.triangular(1, 2, 9))
print([random.normalvariate(10, 2) for _ in range(3)], random.normalvariate())
print([random.gauss(0, 1) for _ in range(5)])
print(random.lognormvariate(0, 0.5), random.expovariate(1.5), random.expovariate(-2))
print(random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0.0, 0.0), random.vonmisesvariate(3.0, 0.5))
print(random.gammavariate(0.5, 2.0), random.gammavariate(1.0, 3.0), random.gammavariate(9.0, 0.5))
print(random.betavariate(2, 5), random.betavariate(0.5, 0.5), random.paretovariate(3), random.weibullvariate(1, 1.5))
r = random.Random(77)
vals = [r.gauss(5, 0.1) for _ in range(1000)]
print(round(sum(vals) / len(vals), 10), min(vals) > 4, max(vals) < 6)
r.seed(77)
print(r.gauss(5, 0.1) == vals[0], r.getstate()[2] is not None)
r.seed(77)
print(r.getstate()[2])
