# random: str/bytes seeds (version 2 uses sha512), version=1 str seeding, getstate/setstate, SystemRandom present.
import random
for seed in ("hello", b"hello", bytearray(b"hi")):
    random.seed(seed)
    print(repr(seed), random.randrange(1000), repr(random.random()))
random.seed("x", version=1)
print(random.randrange(1000))
r = random.Random(99)
st = r.getstate()
a = [r.randrange(10 ** 6) for _ in range(3)]
r.setstate(st)
print(a == [r.randrange(10 ** 6) for _ in range(3)], type(st).__name__, len(st), st[0], len(st[1]))
y = random.Random()
y.setstate(random.Random("seed").getstate())
print(y.random(), hasattr(random, "SystemRandom"))
