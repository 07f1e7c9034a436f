# math: gcd/lcm with zero, one, many and negative args, big ints, bools, __index__, and type errors.
import math
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(0, 0), math.gcd(12, -18, 30), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(), math.lcm(0), math.lcm(-4), math.lcm(4, 0, 6), math.lcm(2, 3, 4, 5, 6, 7), math.lcm(-4, 6), math.lcm(*range(1, 21)))
print(math.gcd(True, 4), math.lcm(True, 7), math.gcd(*[3 * k for k in range(1, 50)]), math.gcd(10 ** 40, 10 ** 38 * 7))
for fn, args in [(math.gcd, (1.0, 2)), (math.lcm, (2, "4")), (math.gcd, (3, 1.5)), (math.lcm, (None,))]:
    try:
        print(fn(*args))
    except TypeError as e:
        print(fn.__name__, type(e).__name__ + ":", e)
print(type(math.gcd(4, 6)).__name__, type(math.lcm(True)).__name__, math.lcm(True))
