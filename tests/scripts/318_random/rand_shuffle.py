# random: seeded shuffle of lists of several sizes, in place, returning None; shuffle of non-lists.
import random
random.seed(2718)
for n in (0, 1, 2, 3, 10, 52):
    x = list(range(n))
    print(random.shuffle(x), x)
words = "the quick brown fox jumps over the lazy dog".split()
random.shuffle(words)
print(words)
big = list(range(10000))
random.shuffle(big)
print(big[:8], sum(i * v for i, v in enumerate(big)) % 1000003)
ba = bytearray(b"abcdef")
random.shuffle(ba)
print(ba)
for bad in ((1, 2, 3), "abc"):
    try:
        random.shuffle(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
r1, r2 = random.Random(5), random.Random(5)
a, b = list("abcdefgh"), list("abcdefgh")
r1.shuffle(a)
r2.shuffle(b)
print(a == b, a)
