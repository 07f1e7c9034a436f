# random: subclasses overriding random() or getrandbits() drive choice/uniform/randrange (CPython: __init_subclass__ picks _randbelow).
import random
class Fixed(random.Random):
    def __init__(self, seq):
        super().__init__(0)
        self.seq = list(seq)
    def random(self):
        return self.seq.pop(0)
f = Fixed([0.0, 0.5, 0.99, 0.25, 0.7])
print(f.choice("abcd"), f.uniform(0, 10), f.randrange(10), f.random(), f.random())
class Counted(random.Random):
    count = 0
    def getrandbits(self, k):
        Counted.count += 1
        return super().getrandbits(k)
c = Counted(8)
print([c.randrange(6) for _ in range(5)], Counted.count)
