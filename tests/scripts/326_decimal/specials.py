# infinities, quiet and signalling NaNs in arithmetic, comparisons and predicates
from decimal import Decimal, localcontext, InvalidOperation
I, NI, N, S = Decimal('Inf'), Decimal('-Inf'), Decimal('NaN'), Decimal('sNaN5')
print(I + 1, I * -2, I - I if False else '', NI / 3, I / I if False else '', 1 / I, -I)
with localcontext() as c:
    c.traps[InvalidOperation] = False
    print(I - I, I * 0, I / I, N + 1, S + 1, Decimal('-NaN3') * 2, Decimal(-1).sqrt(), I % 1)
    print(Decimal('NaN1') + Decimal('sNaN2'), Decimal('NaN1') + Decimal('NaN2'), c.flags[InvalidOperation])
for x in [I, NI, N, S, Decimal('-0'), Decimal('0E-3'), Decimal('1E-999999'), Decimal(5)]:
    print(x, x.is_finite(), x.is_infinite(), x.is_nan(), x.is_qnan(), x.is_snan(), x.is_signed(),
          x.is_zero(), x.is_normal(), x.is_subnormal(), x.number_class(), bool(x))
print(I > 10 ** 100, NI < -10 ** 100, I == I, N == N, N != N, N == 1, I > NI, max(I, NI, 0))
for f in [lambda: N < 1, lambda: N >= N, lambda: S == 1, lambda: I - I, lambda: S.sqrt()]:
    try:
        print(f())
    except InvalidOperation as e:
        print(type(e).__name__ + ":", e)
print(Decimal(1).compare(N), Decimal(2).compare(1), Decimal(-1).compare(I))
try:
    Decimal(1).compare_signal(N)
except InvalidOperation as e:
    print(type(e).__name__ + ":", e)
print(Decimal(1).max(N), N.min(Decimal(3)), Decimal(1).max(Decimal('1.0')), Decimal(-1).min(Decimal('-1.0')))
print(Decimal('-0').max(Decimal('0')), Decimal(0).min(Decimal('-0')), Decimal(-3).max_mag(2))
print(I.copy_negate(), N.copy_abs(), Decimal(3).copy_sign(NI), S.copy_negate())
print(Decimal('1').compare_total(Decimal('1.0')), N.compare_total(I), Decimal('-NaN').compare_total(NI))
print(I.same_quantum(NI), N.same_quantum(S), Decimal('1.0').same_quantum(Decimal('2.0')))
