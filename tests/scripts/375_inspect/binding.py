# Signature.bind / bind_partial / BoundArguments, getcallargs, getfullargspec, getargs
import functools
import inspect


def attempt(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(f'{label}: {type(e).__name__}: {e}')
        return None
    if isinstance(result, inspect.BoundArguments):
        print(f'{label}: {result!r} args={result.args} kwargs={result.kwargs}')
    else:
        print(f'{label}: {result}')
    return result


def f1(a, b, c=3): pass
def f2(a, b=2, *args, c, d=4, **kw): pass
def f3(a, b=2, /, c=3, *, d, e=5): pass
def f4(a, /, **kw): pass
def f5(*args, **kwargs): pass
def f6(a=1, b=2, /, **kw): pass
def f7(a, *args, b, **kw): pass


s1 = inspect.signature(f1)
attempt('s1 pos', s1.bind, 1, 2)
attempt('s1 all', s1.bind, 1, 2, 3)
attempt('s1 kw', s1.bind, 1, c=5, b=4)
attempt('s1 allkw', s1.bind, a=1, b=2)
attempt('s1 missing', s1.bind, 1)
attempt('s1 missing a', s1.bind, b=1)
attempt('s1 too many', s1.bind, 1, 2, 3, 4)
attempt('s1 multiple', s1.bind, 1, 2, b=3)
attempt('s1 unexpected', s1.bind, 1, 2, x=9)
attempt('s1 unexpected2', s1.bind, 1, 2, 3, y=1, z=2)
attempt('s1 partial', s1.bind_partial, 1)
attempt('s1 partial kw', s1.bind_partial, c=1)
attempt('s1 partial none', s1.bind_partial)

s2 = inspect.signature(f2)
attempt('s2 basic', s2.bind, 1, c=3)
attempt('s2 varargs', s2.bind, 1, 2, 3, 4, c=5, e=6, f=7)
attempt('s2 kwonly missing', s2.bind, 1, 2)
attempt('s2 kw b', s2.bind, 1, b=5, c=0)
attempt('s2 too many kw', s2.bind, a=1, b=2, c=3, d=4, z=0)
attempt('s2 partial', s2.bind_partial, d=1, q=2)

s3 = inspect.signature(f3)
attempt('s3 posonly kw', s3.bind, a=1, d=2)
attempt('s3 posonly b kw', s3.bind, 1, b=2, d=2)
attempt('s3 ok', s3.bind, 1, 2, 3, d=4)
attempt('s3 too many', s3.bind, 1, 2, 3, 4)
attempt('s3 missing d', s3.bind, 1)
attempt('s3 c kw', s3.bind, 1, c=9, d=0, e=8)

s4 = inspect.signature(f4)
attempt('s4 a as kw too', s4.bind, 1, a=2)
attempt('s4 kw only a', s4.bind, a=2)
attempt('s4 kwargs', s4.bind, 1, x=1, y=2)
s5 = inspect.signature(f5)
attempt('s5', s5.bind, 1, 2, k=3)
attempt('s5 empty', s5.bind)
s6 = inspect.signature(f6)
attempt('s6 b as kw', s6.bind, b=3)
attempt('s6 a pos, b kw', s6.bind, 1, b=3)
s7 = inspect.signature(f7)
attempt('s7', s7.bind, 1, 2, 3, b=4, z=5)
attempt('s7 missing b', s7.bind, 1, 2)

# BoundArguments details
ba = s2.bind(1, c=3)
print(ba.arguments, ba.signature is s2)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
ba2 = s1.bind_partial(b=2)
print(ba2, ba2.args, ba2.kwargs)
ba2.apply_defaults()
print(ba2)
ba3 = s1.bind(1, 2)
ba3.arguments['c'] = 10
print(ba3.args, ba3.kwargs, ba3)
ba4 = s1.bind(1, 2)
print(ba4 == s1.bind(1, 2), ba4 == s1.bind(1, 3), ba4 == s1.bind(1, 2, 3), ba4 == 'x')
ba5 = s1.bind_partial(1)
ba5.arguments['c'] = 9
print(ba5.args, ba5.kwargs)
ba6 = s2.bind(1, 2, 3, c=0, z=1)
print(ba6.args, ba6.kwargs)
del ba6.arguments['b']
print(ba6.args, ba6.kwargs)
ba7 = inspect.signature(f7).bind(1, b=2)
ba7.apply_defaults()
print(ba7, ba7.args, ba7.kwargs)
ba8 = s1.bind(1, 2)
ba8.arguments['extra'] = 3
ba8.apply_defaults()
print(ba8)


def call_with(fn, ba):
    ba.apply_defaults()
    return fn(*ba.args, **ba.kwargs)


def add(a, b=10, *rest, scale=1, **opts):
    return (a + b + sum(rest)) * scale, opts


print(call_with(add, inspect.signature(add).bind(1)))
print(call_with(add, inspect.signature(add).bind(1, 2, 3, 4, scale=2, x=1)))

# methods: self is dropped from the signature
class K:
    def m(self, x, y=1): pass

    def __repr__(self):
        return '<K>'


attempt('bound method bind', inspect.signature(K().m).bind, 5)
attempt('unbound method bind', inspect.signature(K.m).bind, 5)

# getcallargs
def gc(label, fn, *args, **kwargs):
    try:
        print(f'{label}: {sorted(inspect.getcallargs(fn, *args, **kwargs).items())}')
    except TypeError as e:
        print(f'{label}: TypeError: {e}')


gc('f1', f1, 1, 2)
gc('f1 kw', f1, 1, c=4, b=2)
gc('f1 missing', f1, 1)
gc('f1 missing two', f1)
gc('f1 too many', f1, 1, 2, 3, 4)
gc('f1 multiple', f1, 1, 2, a=3)
gc('f1 unexpected', f1, 1, 2, zz=3)
gc('f2', f2, 1, 2, 3, c=1, q=2)
gc('f2 missing kwonly', f2, 1)


def g0(): pass
def g1(a): pass
def g2(a, b, c, d): pass
def g3(a, *, k, m): pass
def g4(a, b=1, *, k): pass


gc('g0 too many', g0, 1)
gc('g1 too many', g1, 1, 2)
gc('g2 missing three', g2, 1)
gc('g3 missing two kw', g3, 1)
gc('g3 too many with kw', g3, 1, 2, k=1)
gc('g4 too many with kw', g4, 1, 2, 3, k=1)
gc('g4 too many', g4, 1, 2, 3)
gc('bound method', K().m, 7)
gc('bound method kw', K().m, y=2, x=1)
gc('bound method too many', K().m, 1, 2, 3)

# getfullargspec / getargs
for fn in (f1, f2, f3, f4, f5, K.m, K().m, add, lambda: 0):
    print(inspect.getfullargspec(fn))


def ann(a: int, *b: str, c: float = 1.0, **d: bytes) -> None: pass


print(inspect.getfullargspec(ann))
print(inspect.getfullargspec(functools.partial(f1, 1)))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


print(inspect.getfullargspec(deco(f1)))
try:
    inspect.getfullargspec(42)
except TypeError as e:
    print('TypeError', e, type(e.__cause__).__name__)
print(inspect.getargs(f2.__code__), inspect.getargs(f3.__code__), inspect.getargs(g0.__code__))
try:
    inspect.getargs(f1)
except TypeError as e:
    print('TypeError', str(e).split(' at ')[0])
print(inspect.FullArgSpec._fields, inspect.Arguments._fields)
