# random: uniform() does plain arithmetic, so bad operand types give the operator's TypeError text.
import random
random.seed(3)
for args in (("a", 1), (1, "b"), (None, 2)):
    try:
        print(random.uniform(*args))
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print(random.uniform(1, 1), random.uniform(True, 3))
