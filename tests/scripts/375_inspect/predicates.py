# inspect's type predicates, generator/coroutine states, isabstract, getmembers, getmro, getattr_static, unwrap
import abc
import asyncio
import functools
import inspect
import sys
import types


def plain(a, b=1):
    "plain doc"
    return a + b


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


class Klass:
    attr = 5

    def method(self):
        return 1

    @classmethod
    def cmeth(cls):
        return 2

    @staticmethod
    def smeth():
        return 3

    @property
    def prop(self):
        return 4


class DataDescr:
    def __get__(self, obj, owner=None):
        return 'got'

    def __set__(self, obj, value):
        pass


class DelDescr:
    def __get__(self, obj, owner=None):
        return 'got'

    def __delete__(self, obj):
        pass


class NonDataDescr:
    def __get__(self, obj, owner=None):
        return 'nd'


class Awaitish:
    def __await__(self):
        yield


def tb_and_frame():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__, sys._getframe()


tb, fr = tb_and_frame()
k = Klass()
g = gen()
c = coro()
ag = agen()
part = functools.partial(gen)
objects = [
    ('module', inspect), ('class', Klass), ('instance', k), ('function', plain), ('lambda', lambda: 0),
    ('bound method', k.method), ('classmethod bound', Klass.cmeth), ('staticmethod via class', Klass.smeth),
    ('genfunc', gen), ('coroutinefunc', coro), ('asyncgenfunc', agen), ('generator', g),
    ('coroutine', c), ('asyncgen', ag), ('traceback', tb), ('frame', fr), ('code', plain.__code__),
    ('builtin len', len), ('bound builtin', [].append), ('partial of genfunc', part),
    ('classmethod obj', Klass.__dict__['cmeth']), ('staticmethod obj', Klass.__dict__['smeth']),
    ('data descr', DataDescr()), ('del descr', DelDescr()), ('non-data descr', NonDataDescr()),
    ('int', 3), ('None', None), ('awaitish', Awaitish()),
]
preds = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'iscoroutinefunction',
         'isasyncgenfunction', 'isgenerator', 'iscoroutine', 'isasyncgen', 'isawaitable', 'istraceback',
         'isframe', 'iscode', 'isbuiltin', 'isroutine', 'isabstract', 'ismethoddescriptor',
         'isdatadescriptor', 'isgetsetdescriptor', 'ismemberdescriptor']
# builtins are left out of the descriptor predicates: weft has no method_descriptor type
builtin_only = {'builtin len', 'bound builtin'}
for label, obj in objects:
    true = []
    for p in preds:
        if label in builtin_only and p in ('ismethoddescriptor', 'isbuiltin', 'isroutine'):
            continue
        if getattr(inspect, p)(obj):
            true.append(p)
    print(f'{label:24} {" ".join(true)}')
print('isbuiltin/isroutine len:', inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine([].append))
c.close()

# generator states
def counter(n):
    for i in range(n):
        state_seen.append(inspect.getgeneratorstate(it))
        yield i


state_seen = []
it = counter(2)
print(inspect.getgeneratorstate(it), inspect.GEN_CREATED)
print(next(it), inspect.getgeneratorstate(it), inspect.getgeneratorlocals(it))
print(list(it), inspect.getgeneratorstate(it), state_seen)
print(inspect.getgeneratorlocals(it))
it2 = counter(5)
next(it2)
it2.close()
print('closed:', inspect.getgeneratorstate(it2))
try:
    inspect.getgeneratorlocals(42)
except TypeError as e:
    print('TypeError', e)


# coroutine states
async def worker():
    seen.append(inspect.getcoroutinestate(cr))
    await asyncio.sleep(0)
    return 'done'

seen = []
cr = worker()
print(inspect.getcoroutinestate(cr), inspect.getcoroutinelocals(cr))
cr.send(None)
print(inspect.getcoroutinestate(cr), seen)
try:
    cr.send(None)
except StopIteration as e:
    print('result', e.value)
print(inspect.getcoroutinestate(cr), inspect.getcoroutinelocals(cr))
print(inspect.CORO_CREATED, inspect.CORO_RUNNING, inspect.CORO_SUSPENDED, inspect.CORO_CLOSED)
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)


# isabstract
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...

    @property
    @abc.abstractmethod
    def name(self): ...


class Half(Base):
    def run(self):
        return 1


class Full(Half):
    name = 'full'


during = []


class Hook(abc.ABC):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        during.append((cls.__name__, inspect.isabstract(cls)))

    @abc.abstractmethod
    def f(self): ...


class HookAbstract(Hook):
    pass


class HookConcrete(Hook):
    def f(self):
        return 1


for cls in (Base, Half, Full, Klass, abc.ABC, int, Hook, HookAbstract, HookConcrete):
    print('isabstract', cls.__name__, inspect.isabstract(cls))
print('isabstract instance', inspect.isabstract(Full()), 'during', during)


# getmembers / getmro
class Parent:
    "parent doc"
    x = 1

    def pm(self):
        pass


class Child(Parent):
    y = 2

    def cm(self):
        pass

    @property
    def p(self):
        return 'p'


def user(members):
    return [(n, type(v).__name__) for n, v in members if not n.startswith('__')]


print(user(inspect.getmembers(Child)))
print(user(inspect.getmembers(Child())))
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Child(), inspect.ismethod) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Child, lambda v: isinstance(v, int))])
print([n for n, v in inspect.getmembers(Child(), predicate=inspect.isroutine) if not n.startswith('_')])
print(user(inspect.getmembers_static(Child())))
print([n for n, v in inspect.getmembers(types.SimpleNamespace(b=1, a=2)) if not n.startswith('_')])
mod = types.ModuleType('fake')
mod.zeta = 1
mod.alpha = plain
print([(n, v) for n, v in inspect.getmembers(mod) if not n.startswith('_')][0][0],
      [n for n, v in inspect.getmembers(mod, inspect.isfunction)])
print([c.__name__ for c in inspect.getmro(Child)])


class D1: pass
class D2(D1): pass
class D3(D1): pass
class D4(D2, D3): pass


print([c.__name__ for c in inspect.getmro(D4)])


# getattr_static
class Meta(type):
    meta_attr = 'from meta'


class WithGetattr(metaclass=Meta):
    cls_attr = 'class'
    data = DataDescr()
    nondata = NonDataDescr()

    def __getattr__(self, name):
        return 'dynamic ' + name

    @property
    def prop(self):
        return 'prop value'


w = WithGetattr()
w.__dict__['inst'] = 'instance'
w.__dict__['nondata'] = 'instance shadows non-data'
w.__dict__['data'] = 'instance loses to data'
for name in ('inst', 'cls_attr', 'nondata', 'data'):
    found = inspect.getattr_static(w, name)
    print('static', name, found if isinstance(found, str) else type(found).__name__)
print('static prop', type(inspect.getattr_static(w, 'prop')).__name__, w.prop)
print('getattr missing', getattr(w, 'missing'))
print('static missing default', inspect.getattr_static(w, 'missing', 'DEFAULT'))
try:
    inspect.getattr_static(w, 'missing')
except AttributeError as e:
    print('AttributeError', e)
print('static on class', inspect.getattr_static(WithGetattr, 'cls_attr'),
      inspect.getattr_static(WithGetattr, 'meta_attr'))
print('static class method kinds', type(inspect.getattr_static(Klass, 'cmeth')).__name__,
      type(inspect.getattr_static(Klass, 'smeth')).__name__, type(inspect.getattr_static(Klass, 'method')).__name__)
print('static inherited', inspect.getattr_static(Child(), 'x'))


# unwrap
def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@deco
@deco
def decorated(x, y=2):
    return x


print(inspect.unwrap(decorated) is decorated.__wrapped__.__wrapped__, inspect.unwrap(plain) is plain)
print(inspect.unwrap(decorated, stop=lambda f: not hasattr(f.__wrapped__, '__wrapped__')) is decorated.__wrapped__)


class Loop:
    def __repr__(self):
        return '<Loop>'


lp = Loop()
lp.__wrapped__ = lp
try:
    inspect.unwrap(lp)
except ValueError as e:
    print('ValueError', e)
