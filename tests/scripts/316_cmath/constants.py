# cmath constants: values, types, reprs and relations to math's constants.
import cmath, math

for name in ('pi', 'e', 'tau', 'inf', 'infj', 'nan', 'nanj'):
    v = getattr(cmath, name)
    print(name, type(v).__name__, repr(v))
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau == 2 * cmath.pi)
print(cmath.inf == math.inf, cmath.inf > 1e308, -cmath.inf < -1e308)
print(cmath.infj.real, cmath.infj.imag, cmath.nanj.real)
print(cmath.nan != cmath.nan, cmath.nanj != cmath.nanj)
print(math.copysign(1.0, cmath.nan), math.copysign(1.0, cmath.nanj.imag))
print(repr(cmath.infj * 1j), repr(-cmath.infj))
print(repr(complex(cmath.inf, cmath.nan)), repr(cmath.inf + cmath.nanj))
print(cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isfinite(cmath.pi))
print(repr(cmath.exp(1)), repr(cmath.exp(1).real == cmath.e))
print(repr(cmath.log(cmath.e)), repr(cmath.exp(1j * cmath.pi)))
print(repr(cmath.exp(1j * cmath.tau)))
