# float repr shortest round-trip, inf/nan arithmetic and comparisons, -0.0, float limits
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e23, 1.5e-10, 123456789.123, 9007199254740993.0, 5e-324, 1.7976931348623157e308]
print([repr(v) for v in vals])
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, nan == nan, nan != nan, nan < 1, nan > 1, inf == inf)
print(float("-Infinity"), float("nAn"), float(" inf "), float("1e400"), -float("1e400"), float("-0"), 1e308 * 10)
print(-0.0 == 0.0, str(-0.0), 0.0 * -1, abs(-0.0), -0.0 + 0.0, min(0.0, -0.0), max(-0.0, 0.0))
data = [3.5, nan, 1.0, inf, -inf, 2.0]
print(sorted(x for x in data if x == x), max(x for x in data if x == x), [x for x in data if x != x])
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9, 1e16 + 1 == 1e16, 2**53 + 1 == float(2**53 + 1), 1.0 == 1, hash(1.0) == hash(1))
print(float(10**308), int(1e20), int(-2.9), int(2.9), float(2**1023) * 2)
print(int(inf))
