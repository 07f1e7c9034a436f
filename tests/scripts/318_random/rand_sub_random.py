# random: a subclass overriding only random() drives randrange/randint/choice/shuffle/sample/uniform through it.
import random
class Lcg(random.Random):
    def __init__(self, state):
        self.state = state
        super().__init__(state)
    def random(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.state >> 11) / 2 ** 53
g = Lcg(42)
print([g.randrange(10) for _ in range(10)], g.randint(1, 6), g.randrange(5, 100, 5))
print(g.choice("abcdef"), g.sample(range(1000), 4), g.uniform(0, 1), g.randrange(2 ** 40))
x = list(range(10))
g.shuffle(x)
print(x, round(g.gauss(), 6), g.choices("abc", k=4))
print(Lcg._randbelow is Lcg._randbelow_without_getrandbits, random.Random._randbelow is random.Random._randbelow_with_getrandbits)
class Child(Lcg):
    pass
print(Child._randbelow is Lcg._randbelow_without_getrandbits, Child(7).randrange(1000))
class Calls(random.Random):
    calls = 0
    def random(self):
        Calls.calls += 1
        return super().random()
c = Calls(3)
print([c.randrange(3) for _ in range(6)], Calls.calls, c.getrandbits(8), Calls.calls)
class Both(random.Random):
    def random(self):
        return 0.5
    def getrandbits(self, k):
        return (1 << k) - 1 >> 1
print(Both._randbelow is Both._randbelow_with_getrandbits, Both().randrange(100), Both().choice("abcd"))
class Own(random.Random):
    def _randbelow(self, n):
        return n - 1
    def random(self):
        return 0.0
class OwnChild(Own):
    def getrandbits(self, k):
        return 0
print(Own().randrange(10), OwnChild().randrange(10), OwnChild().choice("xyz"), Own().sample("abc", 3))
