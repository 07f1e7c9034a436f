# Context named methods with ints and Decimals, and conversion errors
from decimal import Context, Decimal, ROUND_HALF_UP, InvalidOperation
c = Context(prec=6, rounding=ROUND_HALF_UP)
print(c.add(1, 2), c.subtract(Decimal('1.5'), 2), c.multiply(Decimal('1.23456'), 7), c.divide(22, 7))
print(c.divide_int(22, 7), c.remainder(22, 7), c.divmod(22, 7), c.power(2, 30), c.power(Decimal('2.5'), 2))
print(c.sqrt(10), c.exp(1), c.ln(10), c.log10(5), c.abs(-3), c.plus(Decimal('1.2345678')), c.minus(4))
print(c.quantize(Decimal('3.14159'), Decimal('0.01')), c.normalize(Decimal('1.500')), c.fma(2, 3, 4))
print(c.compare(3, 2), c.max(3, Decimal('3.0')), c.min(-1, 1), c.remainder_near(10, 6))
print(c.to_integral_value(Decimal('2.5')), c.to_integral_exact(Decimal('3.5')), c.logb(1000), c.scaleb(7, 3))
print(c.next_plus(1), c.next_minus(1), c.to_sci_string(Decimal('1E+7')), c.to_eng_string(Decimal('1E+7')))
print(c.copy_abs(-2), c.copy_negate(2), c.copy_sign(3, -1), c.same_quantum(Decimal('1.0'), Decimal('2.0')))
print(c.is_zero(0), c.is_signed(-1), c.is_nan(Decimal('NaN')), c.is_finite(1), c.is_infinite(1), c.radix())
print(c.number_class(Decimal('-0')), c.number_class(Decimal('1E-999999')), c.number_class(Decimal('-Infinity')))
for f in [lambda: c.add(1.5, 1), lambda: c.add('1', 1), lambda: Decimal(1).compare(1.5),
          lambda: Decimal(1).quantize('0.1')]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
try:
    c.divide(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
print(c)
