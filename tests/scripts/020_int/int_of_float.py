# int() of a float truncates toward zero; near and past 2**63 the result is a
# big integer, and infinities and NaN are errors (CPython: PyLong_FromDouble).
edges = (0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2.0 ** 62, 2.0 ** 63 - 1024, -2.0 ** 63,
         2.0 ** 63, -2.0 ** 63 - 2048, 9.2e18, -9.3e18, 1e300, -1e300, 123456789.987, 5e-324)
for x in edges:
    n = int(x)
    print(repr(x), n, type(n).__name__, n == int(str(n)))

for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)


class F(float):
    def __int__(self):
        return 99


class G(float):
    pass


print(int(F(3.7)), int(G(-3.7)), int(True), int(-5), int(x := 6.5), int("12"), int("ff", 16))
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError", e)
try:
    int(1.5, base=2)
except TypeError as e:
    print("TypeError", e)
print(sum(int(i * 0.37) for i in range(1000)))
