# floor division, modulo, divmod, remainder_near with signs and errors
from decimal import Decimal, localcontext, InvalidOperation, DivisionByZero
vals = [('7', '2'), ('-7', '2'), ('7', '-2'), ('-7', '-2'), ('7.5', '2'), ('10', '0.3'),
        ('1E+3', '7'), ('0', '3'), ('0.001', '7'), ('123.456', '0.01'), ('5', '5')]
for a, b in vals:
    x, y = Decimal(a), Decimal(b)
    print(a, b, x // y, x % y, x.__divmod__(y), x.remainder_near(y))
print(7 // Decimal(2), 7 % Decimal('2.5'), Decimal(2).__rdivmod__(-7))
print(Decimal(5) // Decimal('inf'), Decimal(5) % Decimal('-inf'))
for a, b in [('1', '0'), ('0', '0'), ('inf', 'inf')]:
    for op in ('//', '%', 'divmod'):
        try:
            x, y = Decimal(a), Decimal(b)
            r = x // y if op == '//' else (x % y if op == '%' else x.__divmod__(y))
            print(a, op, b, r)
        except (InvalidOperation, DivisionByZero) as e:
            print(a, op, b, type(e).__name__ + ":", e)
with localcontext(prec=3):
    try:
        print(Decimal('12345') // 1)
    except InvalidOperation as e:
        print(type(e).__name__ + ":", e)
    try:
        print(Decimal('12345') % 7)
    except InvalidOperation as e:
        print(type(e).__name__ + ":", e)
    print(Decimal('123') // 1, Decimal('1E+5').remainder_near(3) if False else '')
