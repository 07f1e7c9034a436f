# arbitrary-precision ints: factorial, fibonacci, bit operations, str round trips and digit sums
fact = 1
for i in range(1, 51):
    fact *= i
print(fact, len(str(fact)), sum(int(d) for d in str(fact)), fact.bit_length(), fact % (10**9 + 7))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a, a.bit_count(), a & 0xFFFF, a >> 200, a ^ (a >> 1) > 0, -a // 10**60)
n = 2**521 - 1
print(n % 1000003, str(n)[:20], hex(n)[:12], n.bit_length(), int(str(n)) == n, (n + 1) >> 520, ~n & 0xF)
print(10**30 // 7, 10**30 % 7, divmod(-10**30, 7), (10**30 + 1) * (10**30 - 1) == 10**60 - 1)
print(int("9" * 40) + 1, -(2**100), abs(-(2**100)) == 2**100, (3**200) // (3**198), 2**200 < 3**130)
print(int("1" * 50, 2), int("z" * 10, 36), format(2**70, ","), format(-(2**70), "x"), (2**64).to_bytes(9, "big").hex())
