# math: sqrt, floor, ceil, pi, inf, isclose, gcd, and their result types.
import math

print(math.sqrt(16), math.sqrt(2), type(math.sqrt(16)).__name__)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), type(math.floor(1.5)).__name__)
print(math.pi, math.e, math.inf, -math.inf, math.inf > 10 ** 300)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(2 ** 64, 2 ** 40 * 3))
print(math.floor(5), math.ceil(10 ** 20 + 0.5))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
