# float() from strings and ints, int() truncation, str() and repr() of floats, float.is_integer.
print(float("3.25"), float("-0.5"), float("1e-3"), float("  7 "), float("inf"), float("-Infinity"))
print(float(2 ** 60), float(10 ** 20))
print(int(7.99), int(-7.99), int(1e15))
print(str(1.0), str(2.50), repr(1e100))
print((3.0).is_integer(), (3.5).is_integer())
print(float(True), float(False))
print(3.0 == 3, hash(3.0) == hash(3))
