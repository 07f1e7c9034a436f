# random: seeding with str/bytes/bytearray (sha512, version 1 and 2), getstate/setstate round trips and errors
import random

for seed in ["hello", b"hello", bytearray(b"hello"), "", "ünïcode", b"\x00\xff", 3.5, -7, 2**100, True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000))
for seed in ["hello", b"hello", "", "abc" * 50]:
    random.seed(seed, version=1)
    print("v1", repr(seed)[:20], random.random())
for bad in [[1], (1, 2), {}, object]:
    try:
        random.seed(bad)
    except TypeError as e:
        print("TypeError:", e)
r = random.Random("state")
state = r.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)])
r.gauss(0, 1)
s2 = r.getstate()
print(s2[2] is not None, r.gauss(0, 1) == (r.setstate(s2) or r.gauss(0, 1)))
random.seed(11)
st = random.getstate()
a = random.sample(range(100), 5)
random.setstate(st)
print(a == random.sample(range(100), 5), a)
v2 = (2, tuple(x - 2**32 if x > 2**31 else x for x in st[1][:-1]) + (st[1][-1],), None)
random.setstate(v2)
print(random.sample(range(100), 5) == a)
for bad in [(4, (), None), (3, (1, 2), None), (3, [0] * 625, None), (3, (0,) * 624 + (625,), None), (3, (-1,) * 625, None)]:
    try:
        random.setstate(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for bad in [(3, (2**32,) * 625, None), (3, (2**64,) * 625, None), (3, (1.5,) * 625, None)]:
    try:
        random.setstate(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
