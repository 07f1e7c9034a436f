# deterministic table of mixed operations over many generated operands, precisions and roundings
from decimal import Context, Decimal, ROUND_HALF_EVEN, ROUND_UP, ROUND_FLOOR, ROUND_05UP, ROUND_HALF_DOWN

seed = 12345
def nxt(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

def operand():
    k = nxt(20)
    if k == 0:
        return ['0', '-0', 'Infinity', '-Infinity', 'NaN'][nxt(5)]
    digits = str(nxt(10 ** (1 + nxt(9))))
    return ('-' if nxt(3) == 0 else '') + digits + 'E' + str(nxt(25) - 12)

ops = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near',
       'compare', 'max', 'min', 'fma', 'quantize', 'power']
for prec, rnd in [(28, ROUND_HALF_EVEN), (7, ROUND_UP), (4, ROUND_FLOOR), (3, ROUND_05UP), (12, ROUND_HALF_DOWN)]:
    c = Context(prec=prec, rounding=rnd, Emax=50, Emin=-50, traps=[])
    for i in range(40):
        op = ops[nxt(len(ops))]
        a, b, d = Decimal(operand()), Decimal(operand()), Decimal(operand())
        if op == 'power':
            b = Decimal(nxt(11) - 5)
        args = (a, b, d) if op == 'fma' else (a, b)
        res = getattr(c, op)(*args)
        flags = ''.join(s.__name__[:3] for s, v in c.flags.items() if v)
        c.clear_flags()
        print(prec, op, *args, '->', res, flags)
