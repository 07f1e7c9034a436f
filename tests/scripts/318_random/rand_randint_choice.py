# random: seeded randint (including huge bounds) and choice over lists, strings, tuples and big ranges.
import random
random.seed(99)
print([random.randint(1, 6) for _ in range(15)])
print([random.randint(-10 ** 30, 10 ** 30) for _ in range(3)])
print(random.randint(0, 0), random.randint(-3, -3), random.randint(2 ** 64, 2 ** 64 + 1))
print([random.choice("abcdefg") for _ in range(10)])
print([random.choice([1.5, None, "x", (1, 2)]) for _ in range(6)])
print([random.choice(range(10 ** 17, 10 ** 18, 3)) for _ in range(3)])
print(random.choice(range(2 ** 62)), random.choice((42,)))
print(random.choice(b"bytes"), random.choice(bytearray(b"xyz")))
r1, r2 = random.Random(2023), random.Random(2023)
print([r1.randint(0, 10 ** 6) for _ in range(5)] == [r2.randint(0, 10 ** 6) for _ in range(5)])
for bad in ((5, 4), ("1", 3), (None, 2)):
    try:
        print(r1.randint(*bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for seq in ([], "", range(0), ()):
    try:
        print(r1.choice(seq))
    except IndexError as e:
        print(type(e).__name__ + ":", e)
try:
    r1.choice({1: "a"})
except KeyError as e:
    print("KeyError:", e)
try:
    r1.choice(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
