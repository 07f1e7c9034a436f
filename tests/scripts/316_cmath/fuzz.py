# Deterministic pseudo-random inputs (own LCG) through every function; exact reprs compared.
import cmath, math

seed = 2024
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return seed >> 11

def val():
    k = rnd() % 8
    m = (rnd() % 10 ** 9) / 10 ** 8 - 5
    if k == 0:
        return m * 10.0 ** (rnd() % 600 - 300)
    if k == 1:
        return math.ldexp(1.0, rnd() % 2098 - 1075) * (1 if rnd() % 2 else -1)
    if k == 2:
        return [0.0, -0.0, 1.0, -1.0, 1e308, 5e-324, math.inf, -math.inf, math.nan][rnd() % 9]
    if k == 3:
        return 1.0 + m * 1e-9
    return m

names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
         'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar']
for i in range(400):
    z = complex(val(), val())
    out = []
    for n in names:
        try:
            out.append(repr(getattr(cmath, n)(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    try:
        out.append(repr(cmath.rect(z.real, z.imag)))
    except ValueError:
        out.append('ValueError')
    w = complex(val(), val())
    try:
        out.append(repr(cmath.log(z, w)))
    except ValueError:
        out.append('ValueError')
    print(repr(z), ' '.join(out))
