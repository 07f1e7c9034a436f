# Fraction hashing agrees with int and float hashes; dict/set behaviour; huge and special denominators.
from fractions import Fraction as F
M = 2**61 - 1
cases = [F(0), F(1), F(-1), F(1, 2), F(-1, 2), F(3, 4), F(1, 3), F(10**30), F(-10**30), F(2**70, 3),
         F(1, M), F(-1, M), F(5, 2 * M), F(M, 7), F(M), F(1, 2**62), F(7, 10**20)]
for f in cases:
    print(repr(f), hash(f))
for x in [0.5, -2.25, 1e20, 0.1, 2.0**-40, 123456.789]:
    print(x, hash(F(x)) == hash(x))
for n in [7, -7, 2**64, -(2**64), M, M + 1, -1]:
    print(n, hash(F(n)) == hash(n))
d = {F(1, 2): "half", 2: "two", 0.25: "quarter"}
print(d[0.5], d[F(2)], d[F(1, 4)], len({F(1, 2), 0.5, F(2, 4), F(1), 1, 1.0, True}))
print(hash(F(-1)) == hash(-1) == -2)
