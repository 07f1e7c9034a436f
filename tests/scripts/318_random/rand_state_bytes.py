# random: getrandbits/randbytes values, getstate/setstate round trips across methods, copies, and seeds of all types.
import random
import copy
random.seed(2**100 + 3)
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(32), random.getrandbits(64), random.getrandbits(100))
print(random.randbytes(0), random.randbytes(5), len(random.randbytes(33)))
r = random.Random(-17)
st = r.getstate()
first = (r.random(), r.randrange(10 ** 25), r.sample(range(100), 3), r.choice("abc"), r.gauss())
r.setstate(st)
print(first == (r.random(), r.randrange(10 ** 25), r.sample(range(100), 3), r.choice("abc"), r.gauss()))
st = r.getstate()
c = copy.copy(r)
d = copy.deepcopy(r)
print(type(c).__name__, c.randrange(10 ** 9) == d.randrange(10 ** 9) == r.randrange(10 ** 9), r.getstate() == c.getstate())
for s in (0, 1, -1, 2 ** 64, 3.5, -0.0, "", b"", "é", None):
    rr = random.Random(s)
    x = rr.random()
    print(repr(s), repr(x) if s is not None else 0 <= x < 1)
print(random.Random(5).random() == random.Random(-5).random(), random.Random(True).random() == random.Random(1).random())
st3 = random.getstate()
v2 = (2,) + st3[1:]
random.setstate(v2)
print(random.getstate() == st3)
