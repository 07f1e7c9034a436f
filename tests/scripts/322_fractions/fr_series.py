# Realistic: exact number theory with Fractions: Bernoulli numbers, Egyptian fractions, continued fractions.
from fractions import Fraction as F
from math import comb

def bernoulli(n):
    b = [F(1)]
    for m in range(1, n + 1):
        b.append(-sum(comb(m + 1, k) * b[k] for k in range(m)) / (m + 1))
    return b

print([str(x) for x in bernoulli(14)])

def egyptian(q):
    parts = []
    while q:
        d = -(-q.denominator // q.numerator)
        parts.append(F(1, d))
        q -= F(1, d)
    return parts

for q in [F(4, 13), F(5, 121), F(7, 15), F(3, 7)]:
    print(q, "=", " + ".join(map(str, egyptian(q))))

def cont_frac(q):
    terms = []
    while True:
        whole = q.numerator // q.denominator
        terms.append(whole)
        q -= whole
        if not q:
            return terms
        q = 1 / q

print(cont_frac(F(415, 93)), cont_frac(F(-7, 3)), cont_frac(F(3.14159)))
x = F(1)
for _ in range(6):
    x = (x + 2 / x) / 2
print(x, float(x), float(x * x - 2))
