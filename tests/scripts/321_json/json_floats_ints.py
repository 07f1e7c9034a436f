# json numbers: float repr output, exponent forms, -0.0, large and negative ints, int/float subclasses, bool is not int
import json
floats = [0.1, 0.2 + 0.1, 1/3, 1e16, 1e22, 1.5e-10, 123456789.125, 2.0**53, -0.0, 5e-324, 1.7976931348623157e308, 100.0, 1e15]
print(json.dumps(floats))
print([json.loads(json.dumps(f)) == f for f in floats])
print(json.dumps([10**30, -10**25, 2**64, 0, -1]), json.loads("123456789012345678901234567890"), json.loads("-0"), json.loads("-0.0"))
print(json.loads("1E400"), json.loads("-1e400"), json.loads("1e-400"), json.loads("0.1e1"), json.loads("2E-2"))
print(type(json.loads("1.0")).__name__, type(json.loads("10")).__name__, type(json.loads("1e2")).__name__, json.loads("1e2"))
class I(int):
    def __str__(self): return "I!"
print(json.dumps([I(7), True, False]), json.dumps({I(3): 2.0}), json.dumps({True: 1, False: 0, 1.5: "x", None: 2}))
print(json.dumps(float("nan")), json.dumps([float("-inf")]), json.loads("NaN"), json.loads("[Infinity, -Infinity]"))
try:
    json.dumps({"a": float("nan")}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(float("inf"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
big = json.loads("9" * 60)
print(big % 1000, len(str(big)), json.dumps(big)[:10])
print(json.loads("[1.0, 1.00, 1.50e0, 12e-1]"), json.loads(" 42 "), json.dumps(1e-5), json.dumps(123e100))
