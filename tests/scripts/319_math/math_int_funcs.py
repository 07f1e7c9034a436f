# math: isqrt/comb/perm/factorial on big and edge inputs, their exact error messages and type checks.
import math
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 100), math.isqrt(2 ** 521 - 1) % 1000, math.isqrt(True))
print(math.comb(0, 0), math.comb(50, 25), math.comb(10 ** 3, 3), math.comb(5, 0), math.comb(3, 5), math.comb(200, 100) % 10 ** 9)
print(math.perm(0), math.perm(10, 0), math.perm(10, 10), math.perm(3, 5), math.perm(30, 7), math.perm(20))
print(math.factorial(0), math.factorial(20), len(str(math.factorial(500))), math.factorial(True))
for fn, args in [(math.isqrt, (-1,)), (math.isqrt, (2.0,)), (math.isqrt, ("9",)), (math.factorial, (-1,)),
                 (math.factorial, (5.0,)), (math.factorial, (2.5,)), (math.comb, (5, -1)), (math.comb, (-5, 1)),
                 (math.comb, (5.0, 1)), (math.perm, (5, -2)), (math.perm, (1, 2, 3)),
                 (math.comb, (5,)), (math.perm, ("a",)), (math.factorial, ())]:
    try:
        print(fn.__name__, fn(*args))
    except (ValueError, TypeError) as e:
        print(fn.__name__, type(e).__name__ + ":", e)
class Idx:
    def __index__(self):
        return 6
print(math.factorial(Idx()), math.comb(Idx(), 2), math.isqrt(Idx()), math.perm(Idx(), 1))
