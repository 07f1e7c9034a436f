# operands with widely separated or extreme exponents stay fast and exact
from decimal import Decimal, localcontext, getcontext, Inexact, Rounded
getcontext().clear_flags()
print(Decimal('1E+999999') + 1, Decimal(1) + Decimal('1E-999999'), Decimal(1) - Decimal('1E-999999'))
print(Decimal('1E+500000') - Decimal('1E+499990'), Decimal('-1E+999999') + Decimal('1E-999999'))
print(getcontext().flags[Inexact], getcontext().flags[Rounded])
print(Decimal('0E-999999') + Decimal('5'), Decimal('5') + Decimal('0E+999999'))
print(Decimal('1E+999999') * Decimal('1E-999999'), Decimal('1E-500000') * Decimal('1E-500000'))
print(Decimal('9.99E+999999').next_plus(), Decimal('1E-1000026').next_minus(), Decimal(0).next_plus())
print(Decimal('1E+999999') // Decimal('1E+999990'), Decimal('1E-999999') % Decimal(7))
print(Decimal('1E-999999').sqrt(), Decimal('1E+999998').sqrt(), Decimal('1E+999999').ln(), Decimal('1E-999999').log10())
with localcontext(prec=5):
    print(Decimal('123456789E+100000') + Decimal('1E-100000'), Decimal('1.0000000001') - 1)
    print(Decimal(2) ** 100000, Decimal('0.5') ** 100000, Decimal('1.0000001') ** 1000000000)
