# int bit operations on negative and huge values, shifts, bool conversion, int() of floats near limits
vals = [0, 1, -1, 7, -8, 2 ** 64, -(2 ** 64) + 3, 12345678901234567890]
for a in vals:
    print(a, a & 0xFF, a | 0x10, a ^ -1, ~a, a >> 3, a << 5, a.bit_length(), abs(a).bit_count(), bool(a))
print(-1 & (2 ** 100 - 1) == 2 ** 100 - 1, (-(2 ** 70)) >> 69, (2 ** 70) >> 200, -5 >> 100, 1 << 0)
for f in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1.0 << 1, lambda: 1 & 1.0, lambda: ~1.5]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(int(1e308) % 1000, int(-2.5), int(2 ** 63 + 0.0), int(float(2 ** 53 + 1)), 10 ** 20 == 1e20, 2 ** 1000 > 1e308)
print(10 ** 400 > float("inf"), 10 ** 400 < float("inf"), (2 ** 64) * 1.0, 3 / 2 ** 70, (10 ** 30) / (10 ** 10))
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(type(e).__name__ + ":", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__ + ":", e)
print((10 ** 400) // (10 ** 398), -(10 ** 400) // 7 % 10, pow(10 ** 400, 0), (-1) ** (10 ** 20), 0 ** 0)
# realistic: bitmask permissions
READ, WRITE, EXEC = 1, 2, 4
perms = {"alice": READ | WRITE, "bob": READ, "root": READ | WRITE | EXEC}
for user, p in perms.items():
    print(user, format(p, "03b"), [name for name, bit in (("r", READ), ("w", WRITE), ("x", EXEC)) if p & bit])
print(perms["alice"] & ~WRITE, perms["bob"] ^ EXEC)
