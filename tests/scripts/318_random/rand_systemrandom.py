# random: SystemRandom draws from the OS entropy source (results only checked for range/type) and has no state.
import random
s = random.SystemRandom()
x = s.random()
print(type(x).__name__, 0.0 <= x < 1.0, 0 <= s.getrandbits(70) < 2 ** 70, s.getrandbits(0))
print(len(s.randbytes(16)), type(s.randbytes(3)).__name__, s.randbytes(0))
print(0 <= s.randrange(10 ** 30) < 10 ** 30, s.choice("a"), sorted(s.sample(range(5), 5)), 1 <= s.randint(1, 3) <= 3)
print(s.seed(123), isinstance(s, random.Random), type(s)._randbelow is random.Random._randbelow_with_getrandbits)
for f in (s.getstate, lambda: s.setstate(None), lambda: s.getrandbits(-1), lambda: s.randbytes(-1)):
    try:
        f()
    except (NotImplementedError, ValueError) as e:
        print(type(e).__name__ + ":", e)
lst = list(range(20))
s.shuffle(lst)
print(sorted(lst) == list(range(20)), -1 < s.gauss() * 0 < 1)
