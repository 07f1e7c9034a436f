# normalize, fma, scaleb, logb, next_plus/minus/toward, same_quantum, compare, max/min
from decimal import Decimal, localcontext, InvalidOperation, DivisionByZero
for v in ['120.00', '0.00', '-1E+2', '1.20E+3', '100', '0.1000', 'Infinity', '123456789.1234', '-0E+5']:
    print(v, Decimal(v).normalize())
with localcontext(prec=5):
    print(Decimal('123456789').normalize(), Decimal('1.000000001').normalize())
print(Decimal(2).fma(3, 5), Decimal('1.5').fma(Decimal('2.5'), Decimal('-0.75')), Decimal(10).fma(10, '1e-30' and 1))
with localcontext(prec=3):
    print(Decimal('1.23').fma(Decimal('4.56'), Decimal('-5.6')), Decimal('1.23') * Decimal('4.56') - Decimal('5.6'))
print(Decimal('1.23').scaleb(2), Decimal('1.23').scaleb(-5), Decimal('Infinity').scaleb(3))
try:
    Decimal(1).scaleb(Decimal('1.5'))
except InvalidOperation as e:
    print(type(e).__name__ + ":", e)
print(Decimal('250').logb(), Decimal('0.03').logb(), Decimal('Infinity').logb(), Decimal(1).logb())
try:
    Decimal(0).logb()
except DivisionByZero as e:
    print(type(e).__name__ + ":", e)
for v in ['1', '-1', '0', '1E-999999', '9.999999999999999999999999999E+999999', 'Infinity', '-Infinity']:
    d = Decimal(v)
    print(v, d.next_plus(), d.next_minus(), d.next_toward(0))
with localcontext(prec=3):
    print(Decimal('1.00').next_plus(), Decimal('999').next_plus(), Decimal('1').next_minus())
print(Decimal('2.17').same_quantum(Decimal('0.01')), Decimal('2.17').same_quantum(Decimal('1E+2')))
print(Decimal(1).compare(2), Decimal(2).compare(1), Decimal('2.0').compare(2), Decimal(-3).compare(Decimal('-Infinity')))
print(Decimal(1).max(2), Decimal(1).min(2), Decimal('-7').max_mag(3), Decimal('-7').min_mag(3))
with localcontext(prec=2):
    print(Decimal('1.23').max(Decimal('1.1')), Decimal('123').min(Decimal('456')))
print(Decimal('12.30').compare_total(Decimal('12.3')), Decimal('-12.30').compare_total(Decimal('-12.3')),
      Decimal('-0').compare_total(Decimal('0')), Decimal('NaN').compare_total(Decimal('sNaN')))
print(Decimal(18).remainder_near(6), Decimal(10).remainder_near(6), Decimal(11).remainder_near(6),
      Decimal(3).remainder_near(2), Decimal(-5).remainder_near(2), Decimal('3.6').remainder_near(Decimal('1.2')))
print(Decimal(5).radix(), Decimal('1.5').is_canonical(), Decimal('1.5').canonical())
