# Argument conversion: int, bool, float, complex, __complex__, __float__, __index__, bad types.
import cmath

def t(label, f, *a):
    try:
        print(label, repr(f(*a)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 9
class Bad:
    def __complex__(self):
        return 5
class BadF:
    def __float__(self):
        return '1'
class Both:
    def __complex__(self):
        return 1j
    def __float__(self):
        return 7.0

for obj in (4, True, 2.0, 1 + 1j, C(), F(), I(), Both()):
    t(type(obj).__name__, cmath.sqrt, obj)
for bad in ('1', None, [1], (1, 2), {}, b'x', Bad(), BadF(), 10 ** 400):
    t('sqrt ' + type(bad).__name__, cmath.sqrt, bad)
t('rect C', cmath.rect, C(), 1)
t('rect F I', cmath.rect, F(), I())
t('rect 1j', cmath.rect, 1, 1j)
t('rect str', cmath.rect, 'a', 1)
t('log base str', cmath.log, 2, 'x')
t('log str base', cmath.log, 'x', 2)
t('log base C', cmath.log, 8, C())
t('phase I', cmath.phase, I())
t('polar C', cmath.polar, C())
t('isclose C', cmath.isclose, C(), 3 + 4j)
t('isclose str', cmath.isclose, 1, 'x')
t('isnan F', cmath.isnan, F())
t('isinf None', cmath.isinf, None)
t('exp bool', cmath.exp, False)
print(type(cmath.sqrt(4)).__name__, type(cmath.phase(1)).__name__, type(cmath.polar(1)).__name__)
