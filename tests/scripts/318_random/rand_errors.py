# random: error messages of randrange/randint/choice/sample/choices/getrandbits/shuffle/seed with bad arguments.
import random
random.seed(1)
cases = [
    lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(10, 1), lambda: random.randint(5, 1), lambda: random.choice([]),
    lambda: random.choice({}), lambda: random.sample([1, 2], 3), lambda: random.sample([1, 2], -1),
    lambda: random.choices([], k=2), lambda: random.choices([1, 2], weights=[1, -1]),
    lambda: random.choices([1, 2], weights=[float("inf"), 1]), lambda: random.getrandbits(-1),
    lambda: random.shuffle((1, 2)), lambda: random.seed([1]), lambda: random.randbytes(-1),
    lambda: random.Random(1, 2),
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
print("done")
