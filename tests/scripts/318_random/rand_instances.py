# random: independent Random instances, equal seeds give equal streams, re-seeding, subclass without overrides.
import random
a = random.Random(123)
b = random.Random(123)
print([a.randint(1, 100) for _ in range(5)] == [b.randint(1, 100) for _ in range(5)])
print([a.randint(1, 100) for _ in range(5)], [b.random() for _ in range(2)])
random.seed(123)
print(random.random() == random.Random(123).random(), repr(random.Random(0).random()))
c = random.Random(1)
first = [c.randrange(1000) for _ in range(4)]
c.seed(1)
print(first, first == [c.randrange(1000) for _ in range(4)])
class Plain(random.Random):
    def roll(self):
        return self.randint(1, 6)
p = Plain(10)
q = random.Random(10)
print([p.roll() for _ in range(8)] == [q.randint(1, 6) for _ in range(8)], isinstance(p, random.Random))
d1, d2 = random.Random(5), random.Random(6)
print(d1.random() != d2.random(), repr(d1.uniform(0, 1)), repr(d2.gauss(0, 1)))
random.seed(77)
x = random.random()
r = random.Random(77)
print(x == r.random(), repr(x))
print(isinstance(random.Random(), random.Random), random.Random.__name__, type(random.random).__name__ in ("method", "builtin_function_or_method"))
print([random.Random(s).randrange(10) for s in range(10)])
