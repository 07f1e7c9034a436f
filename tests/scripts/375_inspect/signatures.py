# inspect.signature(): str/repr of Signature and Parameter for functions, lambdas, methods, classes,
# partials, callables, __signature__ and __wrapped__; Parameter and Signature construction and errors
import functools
import inspect
import re
import typing
from inspect import Parameter, Signature


def show(label, obj, **kw):
    try:
        print(f'{label}: {inspect.signature(obj, **kw)}')
    except (TypeError, ValueError) as e:
        print(f'{label}: {type(e).__name__}: {re.sub(" at 0x[0-9a-f]+", "", str(e))}')


def f0(): pass
def f1(a, b, c): pass
def f2(a, b=2, *args, c, d=4, **kw): pass
def f3(a, b=2, /, c=3, *, d, e=5): pass
def f4(a, /): pass
def f5(a, /, *, b): pass
def f6(*, a): pass
def f7(*args): pass
def f8(**kw): pass
def f9(a: int, b: 'str' = 'x', *args: float, c: list[int] = None, **kw: dict) -> bool: pass
def f10(a: typing.List[int], b: typing.Optional[typing.Dict[str, int]] = None) -> typing.Any: pass
def f11(x=(1, 2), y={'k': [1]}, z='q"uote', w=None, v=1.5, u=...): pass
def f12(a, b=2, /, *args, **kwargs) -> None: pass
def f13(a: 'int' = 3) -> 'str': pass
def f14(self, x): pass


class Outer:
    class Inner:
        pass


def f15(a: Outer.Inner, b: Outer = None, c: int | None = None, d: type = int) -> Outer.Inner: pass


async def af(a, *, b=1): pass


def gf(x, y): yield x


for fn in (f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f15, af, gf):
    show(fn.__name__, fn)
show('lambda', lambda x, y=1, *a, z, **k: 0)
show('lambda0', lambda: 0)
show('lambda posonly', lambda a, /, b: 0)


class C:
    def __init__(self, a, b=1):
        pass

    def method(self, x, *, y=2):
        pass

    @classmethod
    def cm(cls, p, q=3):
        pass

    @staticmethod
    def sm(r, s=4):
        pass

    def __call__(self, m, n=5):
        pass

    def varself(*args, **kw):
        pass


c = C(1)
show('class C', C)
show('C.method', C.method)
show('c.method', c.method)
show('C.cm', C.cm)
show('c.cm', c.cm)
show('C.sm', C.sm)
show('callable instance', c)
show('c.varself', c.varself)
show('C.__call__', C.__call__)


class WithNew:
    def __new__(cls, x, y=2):
        return super().__new__(cls)


class WithBoth:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)

    def __init__(self, a, b):
        pass


class InitOnlyChild(C):
    pass


class NewChild(WithNew):
    def __init__(self, x, y=2, z=3):
        pass


class Empty:
    pass


class Meta(type):
    def __call__(cls, meta_a, meta_b=0):
        return super().__call__()


class WithMeta(metaclass=Meta):
    def __init__(self, ignored):
        pass


show('WithNew', WithNew)
show('WithBoth', WithBoth)
show('InitOnlyChild', InitOnlyChild)
show('NewChild', NewChild)
show('Empty', Empty)
show('WithMeta', WithMeta)
show('object', object)


class MyError(Exception):
    pass


show('MyError', MyError)

# partials
show('partial pos', functools.partial(f1, 1))
show('partial kw', functools.partial(f1, b=5))
show('partial kw first', functools.partial(f1, a=5))
show('partial f2', functools.partial(f2, 1, 2, 3, d=9))
show('partial f2 kw', functools.partial(f2, b=7))
show('partial f3', functools.partial(f3, 1))
show('partial f3 kw', functools.partial(f3, c=0, e=1))
show('partial varargs', functools.partial(f7, 1, 2))
show('partial kwargs', functools.partial(f8, q=1))
show('partial of partial', functools.partial(functools.partial(f1, 1), 2))
show('partial method', functools.partial(c.method, 1))
show('partial bad', functools.partial(f4, a=1, zzz=3))
show('partial too many', functools.partial(f4, 1, 2))


class PM:
    def meth(self, a, b, c=3):
        pass
    pm = functools.partialmethod(meth, 1)
    pm_kw = functools.partialmethod(meth, b=2)


show('partialmethod via class', PM.pm)
show('partialmethod bound', PM().pm)
show('partialmethod kw bound', PM().pm_kw)


# __wrapped__ and __signature__
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(x, y: int = 2) -> str:
    pass


show('wrapped', wrapped)
show('wrapped no follow', wrapped, follow_wrapped=False)
wrapped_method = deco(c.method)
show('wrapper of bound method', wrapped_method)


def with_sig(*args, **kwargs):
    pass


with_sig.__signature__ = Signature([Parameter('alpha', Parameter.POSITIONAL_OR_KEYWORD),
                                    Parameter('beta', Parameter.KEYWORD_ONLY, default=None)])
show('__signature__', with_sig)
show('wrapper of __signature__', deco(with_sig))
bad_sig = lambda: 0
bad_sig.__signature__ = 'nope'
show('bad __signature__', bad_sig)
none_sig = lambda q: 0
none_sig.__signature__ = None
show('None __signature__', none_sig)

# errors
show('not callable', 42)
show('not callable str', 'abc')


class CallViaGetattr:
    pass


show('plain instance', CallViaGetattr())

# Parameter objects
sig = inspect.signature(f9)
print(repr(sig))
for name, p in sig.parameters.items():
    print(name, repr(p), str(p), p.name, p.kind, repr(p.kind), p.kind.description, int(p.kind),
          p.default is Parameter.empty, p.annotation)
print(sig.return_annotation, inspect.signature(f0).return_annotation)
print(Parameter.empty, Signature.empty, Parameter.empty is Signature.empty)
print(list(Parameter.POSITIONAL_ONLY.__class__), Parameter.KEYWORD_ONLY > Parameter.VAR_POSITIONAL)
print(type(sig.parameters).__name__, list(sig.parameters))
print(inspect.signature(f3).parameters['a'].kind is Parameter.POSITIONAL_ONLY)

p = Parameter('x', Parameter.POSITIONAL_OR_KEYWORD, default=3, annotation=int)
print(p, repr(p), p.replace(name='y'), p.replace(default=Parameter.empty), p.replace(annotation=Parameter.empty))
print(p.replace(kind=Parameter.KEYWORD_ONLY).kind, p == p.replace(), p == p.replace(default=4), hash(p) == hash(p.replace()))
print(Parameter('args', Parameter.VAR_POSITIONAL, annotation='T'), Parameter('kw', Parameter.VAR_KEYWORD))
print(Parameter('x', 2), Parameter('x', 2).kind)
print(Parameter('.0', Parameter.POSITIONAL_OR_KEYWORD), Parameter('.0', Parameter.POSITIONAL_OR_KEYWORD).kind)
print(Parameter('if', Parameter.POSITIONAL_ONLY))


def bad_param(*args, **kw):
    try:
        Parameter(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


bad_param('x', 9)
bad_param('x', 'POSITIONAL_ONLY')
bad_param('x', Parameter.VAR_POSITIONAL, default=1)
bad_param('x', Parameter.VAR_KEYWORD, default=None)
bad_param(Parameter.empty, Parameter.KEYWORD_ONLY)
bad_param(5, Parameter.KEYWORD_ONLY)
bad_param('class', Parameter.KEYWORD_ONLY)
bad_param('a b', Parameter.KEYWORD_ONLY)
bad_param('1a', Parameter.POSITIONAL_ONLY)
bad_param('.1', Parameter.KEYWORD_ONLY)

# Signature construction
P = Parameter
print(Signature())
print(Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=1),
                 P('c', P.KEYWORD_ONLY), P('d', P.VAR_KEYWORD)], return_annotation=list))
print(Signature([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_OR_KEYWORD)]))
print(Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_ONLY)]))
print(Signature([P('a', P.VAR_POSITIONAL), P('b', P.KEYWORD_ONLY)]))
print(Signature(return_annotation='R'), Signature(return_annotation=None))


def bad_sig(params):
    try:
        Signature(params)
    except ValueError as e:
        print('ValueError', e)


bad_sig([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)])
bad_sig([P('a', P.VAR_KEYWORD), P('b', P.VAR_POSITIONAL)])
bad_sig([P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)])
bad_sig([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)])
bad_sig([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)])
s = inspect.signature(f2)
print(s.replace(return_annotation=int), s.replace(parameters=[]), s.replace(parameters=list(s.parameters.values())[:2]))
print(s == inspect.signature(f2), s == inspect.signature(f3), s != s.replace(return_annotation=int), s == 1)
print(hash(s) == hash(inspect.signature(f2)))
print(Signature([P('a', P.KEYWORD_ONLY), P('b', P.KEYWORD_ONLY)]) == Signature([P('b', P.KEYWORD_ONLY), P('a', P.KEYWORD_ONLY)]))
print(Signature.from_callable(f5), inspect.Signature.from_callable(wrapped, follow_wrapped=False))
print(inspect.formatannotation(int), inspect.formatannotation(Outer.Inner), inspect.formatannotation(list[int]),
      inspect.formatannotation(typing.List[int]), inspect.formatannotation('x'), inspect.formatannotation(None))
print(inspect.formatannotationrelativeto(Outer)(Outer.Inner), inspect.formatannotation(Outer, '__main__'))
