# random: seeded randrange sequences for one/two/three arguments, negative steps and ranges far wider than 2**64.
import random
random.seed(12345)
print([random.randrange(10) for _ in range(12)])
print([random.randrange(-5, 5) for _ in range(12)])
print([random.randrange(0, 100, 7) for _ in range(8)], [random.randrange(100, 0, -3) for _ in range(8)])
print([random.randrange(10 ** 30, 10 ** 31, 7) for _ in range(4)])
print([random.randrange(-10 ** 40, 10 ** 40) for _ in range(3)])
print([random.randrange(2 ** 64 - 1) for _ in range(3)], [random.randrange(2 ** 64 + 1) for _ in range(3)])
print([random.randrange(2 ** 200, 0, -(2 ** 100)) for _ in range(3)])
print(random.randrange(1), random.randrange(5, 6), random.randrange(-1, -10, -4), random.randrange(True, 5))
r = random.Random(7)
vals = [r.randrange(2 ** k) for k in (1, 2, 31, 32, 33, 63, 64, 65, 127, 128, 129, 500)]
print(vals)
print([r.randrange(3, 2 ** 1000, 2 ** 999) for _ in range(5)])
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(r.randrange(Idx(10)), r.randrange(Idx(-10), Idx(10), Idx(3)))
