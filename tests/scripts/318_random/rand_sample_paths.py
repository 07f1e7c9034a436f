# random: sample() switches between a pool copy and a set of picks at CPython's size threshold; both paths and
# the boundaries (k = 5, 6, 21, 22, ... and powers of 4) give CPython's draws.
import random
r = random.Random(2024)
digest = 0
for k in (0, 1, 5, 6, 7, 10, 21, 22, 43, 85, 86, 341, 342):
    for n in (k, k + 1, 21, 22, 26, 27, 85, 86, 278, 279, 1045, 1046, 4117, 4118):
        if k <= n:
            s = r.sample(range(n), k)
            assert len(set(s)) == k
            digest = (digest * 1000003 + sum((i + 1) * v for i, v in enumerate(s))) % (2 ** 61 - 1)
print(digest)
print(r.sample(range(22), 6), r.sample(range(86), 7), r.sample(range(1046), 86))
print(r.sample(list("abcdefghijklmnopqrstuvwxyz"), 26)[:10], r.sample(tuple(range(300)), 22)[:6])
