# Wrong numbers of arguments and keyword arguments: TypeError messages.
import cmath

def t(label, f, *a, **k):
    try:
        print(label, repr(f(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

for name in ('sqrt', 'exp', 'acos', 'tanh', 'log10', 'phase', 'polar', 'isnan', 'isinf', 'isfinite'):
    f = getattr(cmath, name)
    t(name, f)
    t(name, f, 1, 2)
    t(name, f, z=1)
t('log0', cmath.log)
t('log3', cmath.log, 1, 2, 3)
t('log kw', cmath.log, 1, base=2)
t('rect1', cmath.rect, 1)
t('rect3', cmath.rect, 1, 2, 3)
t('rect kw', cmath.rect, r=1, phi=2)
t('isclose0', cmath.isclose)
t('isclose1', cmath.isclose, 1)
t('isclose3', cmath.isclose, 1, 2, 3)
t('isclose5', cmath.isclose, 1, 2, rel_tol=1, abs_tol=2, x=3)
t('isclose kw', cmath.isclose, a=1, b=1.0000000001)
t('isclose b only', cmath.isclose, b=1)
t('isclose bad kw', cmath.isclose, 1, 2, foo=1)
t('isclose ok', cmath.isclose, 1, 2, abs_tol=1)
print(cmath.sqrt.__name__, cmath.log.__name__, cmath.isclose.__name__)
