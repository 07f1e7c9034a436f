# math: prod with start/types/empty, dist in many dims and errors, fsum exactness, hypot with many args.
import math
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 11), start=2), math.prod([2.5, 4]), math.prod([], start=5))
print(math.prod([1, 2], start=1.0), math.prod([10 ** 20] * 3), math.prod([2, "ab"]), math.prod([True, True]))
try:
    math.prod(["a", "b"])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    math.prod(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(math.prod(["ab"], start=2), math.prod([], start="s"))
print(math.dist([0], [5]), math.dist((1, 2, 3, 4), (4, 6, 3, 4)), math.dist((), ()), math.dist([0.1, 0.2], [0.3, 0.4]))
for a, b in [((1, 2), (1,)), ((1, "x"), (1, 2))]:
    try:
        print(math.dist(a, b))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(math.fsum([1e16, 1.0, -1e16]), sum([1e16, 1.0, -1e16]), math.fsum([0.1] * 3), math.fsum(x / 7 for x in range(100)))
print(math.fsum([1, 2 ** 53, -(2 ** 53)]), math.fsum([float("inf"), 1]), math.fsum([float("nan"), 1]))
try:
    math.fsum(["a"])
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 2, 4), math.hypot(-3, 4.0), math.hypot(float("inf"), float("nan")))
