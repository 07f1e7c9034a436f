# The int operators at the edges of 64 bits: floored // and % with every sign combination, by 1 and -1, of the
# smallest and largest int64; &, |, ^ of negatives; shifts by 0, 62, 63, 64 and more, of negatives, into big ints;
# the errors (division by zero, negative shift counts) and the in-place forms.
lo, hi = -(2**63), 2**63 - 1
values = [0, 1, -1, 2, -2, 7, -7, 19, -19, 1 << 40, -(1 << 40), lo, hi, lo + 1, hi - 1]
divisors = [1, -1, 2, -2, 3, -3, 7, -7, 19, -19, 1 << 33, -(1 << 33), hi, lo]
rows = []
for x in values:
    for y in divisors:
        rows.append((x // y, x % y, divmod(x, y) == (x // y, x % y)))
print(len(rows), rows[:12], rows[-12:], sum(a + b for a, b, _ in rows), all(c for _, _, c in rows))
bits = []
for x in values:
    for y in values:
        bits.append((x & y, x | y, x ^ y))
print(len(bits), bits[:5], bits[-5:], sum(a - b + c for a, b, c in bits) % 1000003)
shifts = []
for x in values:
    for n in (0, 1, 2, 31, 32, 61, 62, 63, 64, 65, 100, 1000):
        shifts.append((x >> n, x << n if n < 100 else (x << n).bit_length()))
print(len(shifts), shifts[:6], shifts[-6:], sum(a for a, _ in shifts), sum(b for _, b in shifts) % 1000003)
for expr in ("1 // 0", "1 % 0", "lo // 0", "1 >> -1", "1 << -1", "divmod(5, 0)"):
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, ValueError) as e:
        print(expr, type(e).__name__, e)
x = 12345
for k in range(20):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    x ^= x >> 7
    x |= 1 << (k % 5)
    x %= 1 << 31
print(x, -x // 10, -x % 10, x // -10, x % -10, -7 // 2, -7 % 2, 7 // -2, 7 % -2, -8 // 2, -8 % -2)
acc = -1
acc <<= 62; print(acc); acc <<= 1; print(acc); acc <<= 1; print(acc); acc >>= 64; print(acc)
print(True & 3, True | 2, False ^ True, True << 3, 5 >> True, -True // 2, True % 2)
powers = [(b, e, b ** e) for b in (0, 1, -1, 2, -2, 3, -3, 10, -10, 7, 2**31, -(2**31), 2**32) for e in (0, 1, 2, 3, 20, 31, 32, 62, 63, 64, 100)]
print(len(powers), powers[:8], sum(p for _, _, p in powers) % 1000000007, [p for b, e, p in powers if b == -2][-4:])
print(2 ** -1, (-2) ** -2, 0 ** 0, 10 ** 18, 10 ** 19, (-10) ** 19, 3 ** 39, 3 ** 40, 3 ** 41)
x = 3
x **= 5; print(x); x **= 9; print(x)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
