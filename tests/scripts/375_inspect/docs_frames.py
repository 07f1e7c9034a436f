# getdoc/cleandoc, getfile/getsourcefile/getmodule, frames (currentframe, stack, getframeinfo, trace),
# getargvalues, getclosurevars, get_annotations
import functools
import inspect
import os
import sys
import types


class Base:
    """Base class doc.

        Indented more.
    Back.
    """

    def method(self):
        """Method doc
        on two lines."""

    @property
    def prop(self):
        "prop doc"
        return 1

    @classmethod
    def cmeth(cls):
        "cmeth doc"


class Derived(Base):
    def method(self):
        pass

    @property
    def prop(self):
        return 2

    @classmethod
    def cmeth(cls):
        pass


class NoDoc:
    pass


def nodoc():
    pass


print(repr(inspect.getdoc(Base)))
print(repr(inspect.getdoc(Derived)), repr(inspect.getdoc(NoDoc)))
print(repr(inspect.getdoc(Derived.method)), repr(inspect.getdoc(Derived().method)))
print(repr(inspect.getdoc(Derived.__dict__['prop'])), repr(inspect.getdoc(Derived.cmeth)))
print(repr(inspect.getdoc(nodoc)))
ns = types.SimpleNamespace()
ns.__doc__ = 5
print(repr(inspect.getdoc(ns)))
print(repr(inspect.cleandoc('  first\n    second\n      third\n    \n')))
print(repr(inspect.cleandoc('\n\n  x\n\ty\n')))
print(repr(inspect.cleandoc('')), repr(inspect.cleandoc('one')), repr(inspect.cleandoc('\n   \n')))
print(repr(inspect.cleandoc('a\n\t  b\n    c')))
print(inspect.indentsize('    x'), inspect.indentsize('\tx'), inspect.indentsize('x'))

# files and modules
here = sys.modules['__main__']
print(os.path.basename(inspect.getfile(here)), os.path.basename(inspect.getfile(Base)))
print(os.path.basename(inspect.getfile(nodoc)), os.path.basename(inspect.getfile(Base().method)))
print(os.path.basename(inspect.getfile(nodoc.__code__)), os.path.basename(inspect.getfile(sys._getframe())))
print(os.path.basename(inspect.getsourcefile(nodoc)), os.path.basename(inspect.getsourcefile(Base)))
print(inspect.getabsfile(nodoc) == os.path.abspath(__file__))
for bad in (sys, int, 42, 'x', len):
    try:
        inspect.getfile(bad)
    except TypeError as e:
        print('TypeError', e)
print(inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('pkg.pyc'), inspect.getmodulename('x.txt'))
print(inspect.getmodule(nodoc).__name__, inspect.getmodule(Base).__name__, inspect.getmodule(here) is here)
print(inspect.getmodule(functools.wraps).__name__, inspect.getmodule(len).__name__, inspect.getmodule(sys) is sys)
print(inspect.getmodule(sys._getframe()).__name__, inspect.getmodule(nodoc.__code__).__name__)
print(inspect.getmodule(42))


# frames
def inner(x, *rest, **opts):
    # weft's frame objects keep the line they were taken at (f_lineno is not live): use them at once
    frame = inspect.currentframe(); info = inspect.getframeinfo(frame, context=3)
    print('frameinfo', os.path.basename(info.filename), info.lineno, info.function, info.code_context,
          info.index)
    print('argvalues', inspect.getargvalues(frame).args, inspect.getargvalues(frame).varargs,
          inspect.getargvalues(frame).keywords)
    print('formatted', inspect.formatargvalues(*inspect.getargvalues(frame)[:3], {'x': x, 'rest': rest, 'opts': opts}))
    records = inspect.stack()
    for r in records:
        print('stack', os.path.basename(r.filename), r.lineno, r.function, r.code_context, r.index,
              r.frame.f_code.co_name, r[3])
    outer_records = inspect.getouterframes(inspect.currentframe(), 0)
    print('outer', [(r.function, r.lineno, r.code_context, r.index) for r in outer_records])
    here = inspect.currentframe(); print('lineno', inspect.getlineno(here) == inspect.getframeinfo(here).lineno)
    print(isinstance(records[0], tuple), len(records[0]))
    return info


def middle():
    return inner(
        1, 2, k=3)


info = middle()
print(type(info).__name__, info[2], info.function, len(info))
print(inspect.FrameInfo._fields, inspect.Traceback._fields)


def thrower(n):
    if n == 0:
        raise KeyError('boom')
    thrower(n - 1)


try:
    thrower(2)
except KeyError:
    for r in inspect.trace():
        print('trace', r.function, r.lineno, r.code_context, r.index)
    tb = sys.exc_info()[2]
    for r in inspect.getinnerframes(tb, 2):
        print('inner', r.function, r.lineno, r.code_context, r.index)
    ti = inspect.getframeinfo(tb.tb_next)
    print('tb frameinfo', ti.function, ti.lineno, ti.code_context)
try:
    inspect.getframeinfo(42)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)


# getclosurevars
GLOBAL_K = 10


def make():
    free = 5

    def uses(a):
        return a + free + GLOBAL_K + len([]) + missing_name
    return uses


cv = inspect.getclosurevars(make())
print(cv.nonlocals, cv.globals, cv.builtins, cv.unbound)
print(inspect.getclosurevars(Base().method))
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print('TypeError', e)


# get_annotations
class Annotated:
    x: int
    y: 'str' = 'y'


class AnnotatedChild(Annotated):
    pass


def annfunc(a: 'int', b: list = None) -> 'Annotated':
    pass


print(inspect.get_annotations(Annotated), inspect.get_annotations(AnnotatedChild))
print(inspect.get_annotations(annfunc), inspect.get_annotations(annfunc, eval_str=True))
print(inspect.get_annotations(Annotated, eval_str=True), inspect.get_annotations(nodoc))
print(inspect.get_annotations(functools.wraps(annfunc)(lambda: 0), eval_str=True))
print(inspect.signature(annfunc, eval_str=True))
m = types.ModuleType('m')
m.__annotations__ = {'v': 'int'}
print(inspect.get_annotations(m), inspect.get_annotations(m, eval_str=True, globals={'int': float}))
try:
    inspect.get_annotations(42)
except TypeError as e:
    print('TypeError', e)
