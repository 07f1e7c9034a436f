# math: dist() accepts any sequence/iterable of reals; non-iterables and strings fail with CPython's messages.
import math
for a, b in [([0, 0], [3, 4]), ([1], (2,)), ([1], "a"), (1, 2), (range(3), [1, 1, 1]), ((1,), iter([4]))]:
    try:
        print(math.dist(a, b))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
