# types: names for the interpreter's built-in types, plus SimpleNamespace, MappingProxyType and the dynamic class
# helpers (new_class, prepare_class, resolve_bases), DynamicClassAttribute and coroutine. Written in weft; the
# type names are taken from real objects as CPython 3.11's Lib/types.py does, and the behaviour, reprs and
# messages follow CPython 3.11. A type weft cannot produce (tracebacks, async generators, ...) is left undefined.
import sys as _sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
CellType = type((lambda x: lambda: x)(None).__closure__[0])


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()  # no "never awaited" warning


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
ModuleType = type(_sys)
FrameType = type(_sys._getframe())
GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

try:
    raise TypeError
except TypeError as _exc:
    if _exc.__traceback__ is not None:  # weft does not make traceback objects yet
        TracebackType = type(_exc.__traceback__)

del _f, _g, _c, _C


class SimpleNamespace:
    """A plain attribute namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, /, *args, **kwargs):
        # (CPython: namespace_init; the positional mapping argument arrives in 3.13)
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        # (CPython: namespace_repr) a namespace that contains itself shows as name(...)
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return f"{name}(...)"
        _repr_running.add(key)
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items() if isinstance(k, str))
        finally:
            _repr_running.discard(key)
        return f"{name}({items})"

    # two namespaces compare as their dicts do, with every operator (CPython: namespace_richcompare)
    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __lt__(self, other):
        return self.__dict__ < other.__dict__ if isinstance(other, SimpleNamespace) else NotImplemented

    def __le__(self, other):
        return self.__dict__ <= other.__dict__ if isinstance(other, SimpleNamespace) else NotImplemented

    def __gt__(self, other):
        return self.__dict__ > other.__dict__ if isinstance(other, SimpleNamespace) else NotImplemented

    def __ge__(self, other):
        return self.__dict__ >= other.__dict__ if isinstance(other, SimpleNamespace) else NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), self.__dict__


_repr_running = set()


MappingProxyType = type(type.__dict__)  # native: runtime/types/mappingproxy.cpp


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class dynamically, as a class statement would, using the right metaclass."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


def resolve_bases(bases):
    """Replace bases that are not classes by what their __mro_entries__ returns (PEP 560)."""
    resolved = []
    changed = False
    for base in bases:
        entries = None if isinstance(base, type) else getattr(base, "__mro_entries__", None)
        if entries is None:
            resolved.append(base)
            continue
        new = entries(bases)
        changed = True
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(new)
    return tuple(resolved) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace from its __prepare__, kwds without 'metaclass')."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    # the most derived of meta and the metaclasses of all bases (CPython: _PyType_CalculateMetaclass)
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        "subclass of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute:
    """A property on instances whose lookup on the class falls through to the metaclass's __getattr__."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        # (CPython: types.DynamicClassAttribute.__get__)
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _with(self, fget, fset, fdel, doc):
        result = type(self)(fget, fset, fdel, doc)
        result.overwrite_doc = self.overwrite_doc
        return result

    def getter(self, fget):
        doc = fget.__doc__ if self.overwrite_doc else None
        return self._with(fget, self.fset, self.fdel, doc or self.__doc__)

    def setter(self, fset):
        return self._with(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._with(self.fget, self.fset, fdel, self.__doc__)


class _GeneratorWrapper:
    # makes a generator awaitable, as a generator-based coroutine (CPython: types._GeneratorWrapper)
    def __init__(self, gen):
        self.__wrapped__ = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, value):
        return self.__wrapped__.send(value)

    def throw(self, *args):
        return self.__wrapped__.throw(*args)

    def close(self):
        return self.__wrapped__.close()

    @property
    def gi_running(self):
        return self.__wrapped__.gi_running

    @property
    def gi_frame(self):
        return self.__wrapped__.gi_frame

    @property
    def gi_code(self):
        return self.__wrapped__.gi_code

    cr_running, cr_frame, cr_code = gi_running, gi_frame, gi_code

    def __next__(self):
        return next(self.__wrapped__)

    def __iter__(self):
        return self.__wrapped__

    __await__ = __iter__


def coroutine(func):
    """Turn a generator function into one whose generators can be awaited."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    # weft cannot flag a generator's code object as an iterable coroutine, so every call result is wrapped
    # (CPython: types.coroutine's wrapper path)

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is CoroutineType:
            return coro
        if type(coro) is GeneratorType or (hasattr(coro, "send") and hasattr(coro, "__next__")):
            return _GeneratorWrapper(coro)
        return coro

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__dict__.update(getattr(func, "__dict__", {}))
    wrapped.__wrapped__ = func
    return wrapped


__all__ = [name for name in globals() if name[:1] != "_"]
