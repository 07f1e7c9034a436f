# random: a subclass overriding getrandbits() is used by _randbelow for every integer and sequence method.
import random
class Counter(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.bits = []
    def getrandbits(self, k):
        self.bits.append(k)
        return super().getrandbits(k)
c = Counter(11)
print(c.randrange(6), c.randint(1, 100), c.choice("abc"), c.randrange(10 ** 20), c.bits)
c.bits.clear()
x = list(range(8))
c.shuffle(x)
print(x, c.bits)
c.bits.clear()
print(c.sample(range(50), 3), c.randbytes(3), c.bits)
plain = random.Random(11)
c2 = Counter(11)
print([plain.randrange(1000) for _ in range(5)] == [c2.randrange(1000) for _ in range(5)])
class Zero(random.Random):
    def getrandbits(self, k):
        return 0
z = Zero()
print(z.randrange(10, 20), z.choice("qrs"), z.sample("abcd", 2), z.randbytes(2), z.randint(-5, 5))
class Cycle(random.Random):
    def __init__(self):
        super().__init__(0)
        self.n = 0
    def getrandbits(self, k):
        self.n += 1
        return (self.n * 7) % (1 << k)
cy = Cycle()
print([cy.randrange(5) for _ in range(8)], cy.n)
