# weakref -- weak references, proxies, weak containers and finalizers for weft.
# Built in Python on weft's native _weakref module (ref, getweakrefcount, getweakrefs);
# proxies are Python classes that hold a private ref and forward every operation.
# Weak containers defer removals while iterated, with a guard that also ends when the iterator dies.

import operator as _op
import itertools as _itertools
import sys
from collections.abc import MutableMapping as _MutableMapping, Mapping as _Mapping, MutableSet as _MutableSet
from _weakref import ref, getweakrefcount, getweakrefs as _native_getweakrefs

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]

ReferenceType = ref


# ---------------------------------------------------------------- proxies

class _ProxyRef(ref):
    # The private reference of a proxy: knows its proxy (weakly) and the user callback.
    __slots__ = ('proxy', 'callback')

    def __new__(cls, obj, callback, proxy):
        self = ref.__new__(cls, obj, None if callback is None else _proxy_died)
        self.proxy = ref(proxy)
        self.callback = callback
        return self

    def __init__(self, obj, callback, proxy):
        pass


def _proxy_died(wr):
    p = wr.proxy()
    if p is not None:        # a proxy that died first gets no callback (as in CPython)
        wr.callback(p)


def _deref(p):
    o = object.__getattribute__(p, '_wr')()
    if o is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return o


def _unwrap(x):
    return _deref(x) if type(x) in ProxyTypes else x


def _proxy_ns():
    ns = {'__slots__': ('_wr', '__weakref__'), '__module__': 'weakref'}

    def new(cls, *args, **kwargs):
        raise TypeError("cannot create 'weakref.%s' instances" % cls.__name__)

    def rep(self):
        o = object.__getattribute__(self, '_wr')()
        return '<weakproxy at %#x to %s at %#x>' % (id(self), type(o).__name__, id(o))

    def unhashable(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def nxt(self):
        o = _deref(self)
        if not hasattr(type(o), '__next__'):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object" % type(o).__name__)
        return next(o)

    def power(self, other, mod=None):
        return pow(_deref(self), _unwrap(other), _unwrap(mod))

    ns.update(
        __new__=new, __repr__=rep, __hash__=unhashable, __next__=nxt, __pow__=power,
        __rpow__=lambda self, other: pow(_unwrap(other), _deref(self)),
        __getattribute__=lambda self, name: getattr(_deref(self), name),
        __setattr__=lambda self, name, value: setattr(_deref(self), name, value),
        __delattr__=lambda self, name: delattr(_deref(self), name),
        # item access passes keys and values through untouched (CPython: proxy_getitem & co)
        __getitem__=lambda self, key: _deref(self)[key],
        __setitem__=lambda self, key, value: _op.setitem(_deref(self), key, value),
        __delitem__=lambda self, key: _op.delitem(_deref(self), key),
        __contains__=lambda self, item: item in _deref(self))

    def unary(fn):
        return lambda self: fn(_deref(self))
    for name, fn in (('str', str), ('bytes', bytes), ('bool', bool), ('len', len), ('iter', iter),
                     ('reversed', reversed), ('int', int), ('float', float), ('index', _op.index),
                     ('neg', _op.neg), ('pos', _op.pos), ('abs', abs), ('invert', _op.invert)):
        ns['__%s__' % name] = unary(fn)

    def binary(fn):
        return lambda self, other: fn(_deref(self), _unwrap(other))

    def reflected(fn):
        return lambda self, other: fn(_unwrap(other), _deref(self))
    for name in ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'lshift', 'rshift',
                 'and', 'xor', 'or'):
        fn = getattr(_op, name + '_' if name in ('and', 'or') else name)
        ns['__%s__' % name] = binary(fn)
        ns['__r%s__' % name] = reflected(fn)
        ns['__i%s__' % name] = binary(getattr(_op, 'i' + name))
    ns['__divmod__'] = binary(divmod)
    ns['__rdivmod__'] = reflected(divmod)
    ns['__ipow__'] = binary(_op.ipow)
    for name in ('eq', 'ne', 'lt', 'le', 'gt', 'ge'):
        ns['__%s__' % name] = binary(getattr(_op, name))
    return ns


ProxyType = type('ProxyType', (), _proxy_ns())
CallableProxyType = type('CallableProxyType', (), dict(
    _proxy_ns(), __call__=lambda self, *args, **kwargs: _deref(self)(*args, **kwargs)))
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    if callback is None:     # a proxy without callback is shared, like CPython's basic proxy
        for r in _native_getweakrefs(obj):
            if type(r) is _ProxyRef and r.callback is None:
                p = r.proxy()
                if p is not None:
                    return p
    p = object.__new__(CallableProxyType if callable(obj) else ProxyType)
    object.__setattr__(p, '_wr', _ProxyRef(obj, callback, p))
    return p


def getweakrefs(obj):
    out = []
    for r in _native_getweakrefs(obj):
        if type(r) is _ProxyRef:
            r = r.proxy()
        if r is not None:
            out.append(r)
    return out


# ---------------------------------------------------------------- reference subclasses

class KeyedRef(ref):
    __slots__ = ('key',)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakMethod(ref):
    __slots__ = ('_func_ref', '_meth_type', '_alive', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not %s" % type(meth)) from None

        def died(_):         # either the instance or the function went away
            self = self_ref()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, died)
        self._func_ref = ref(func, died)
        self._meth_type = type(meth)
        self._alive = True
        self_ref = ref(self)
        return self

    def __call__(self):
        obj, func = super().__call__(), self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = ref.__hash__


# ---------------------------------------------------------------- iteration guard

class _GuardRef(ref):
    # Registered in owner._iterating while a guarded iterator runs; also fires if it dies unfinished.
    __slots__ = ('owner',)

    def __new__(cls, guard, owner):
        self = ref.__new__(cls, guard, _guard_done)
        self.owner = ref(owner)
        return self

    def __init__(self, guard, owner):
        pass


def _guard_done(tok):
    owner = tok.owner()
    if owner is not None and tok in owner._iterating:
        owner._iterating.discard(tok)
        if not owner._iterating:
            owner._commit_removals()


class _Guarded:
    # Iterator wrapper playing the role of CPython's _IterationGuard (_weakrefset._IterationGuard):
    # while any wrapper over a container is active, dead entries are queued, not removed.
    __slots__ = ('_gen', '_owner', '_tok', '__weakref__')

    def __init__(self, owner, gen):
        self._owner, self._gen, self._tok = owner, gen, None

    def __iter__(self):
        return self

    def __next__(self):
        if self._tok is None:
            self._tok = _GuardRef(self, self._owner)
            self._owner._iterating.add(self._tok)
        try:
            return next(self._gen)
        except BaseException:
            _guard_done(self._tok)
            raise


# ---------------------------------------------------------------- weak dictionaries

def _mapping_or(self, other):
    if not isinstance(other, _Mapping):
        return NotImplemented
    c = self.copy()
    c.update(other)
    return c


def _mapping_ror(self, other):
    if not isinstance(other, _Mapping):
        return NotImplemented
    c = self.__class__()
    c.update(other)
    c.update(self)
    return c


def _ior(self, other):
    self.update(other)
    return self


def _container_repr(self):
    return '<%s at %#x>' % (type(self).__name__, id(self))


class WeakValueDictionary(_MutableMapping):
    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(wr.key)
                else:
                    _drop_dead(self.data, wr.key)
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self):
        pending, d = self._pending_removals, self.data
        while pending:
            _drop_dead(d, pending.pop())

    def _commit(self):
        if self._pending_removals:
            self._commit_removals()

    def __getitem__(self, key):
        self._commit()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        self._commit()
        del self.data[key]

    def __len__(self):
        self._commit()
        return len(self.data)

    def __contains__(self, key):
        self._commit()
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    __repr__ = _container_repr

    def __setitem__(self, key, value):
        self._commit()
        self.data[key] = KeyedRef(value, self._remove, key)

    def _live(self):
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                yield k, o

    def copy(self):
        self._commit()
        new = WeakValueDictionary()
        for k, o in _Guarded(self, self._live()):
            new[k] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        self._commit()
        new = self.__class__()
        for k, o in _Guarded(self, self._live()):
            new[deepcopy(k, memo)] = o     # values are shared, keys copied (as CPython)
        return new

    def get(self, key, default=None):
        self._commit()
        wr = self.data.get(key)
        o = None if wr is None else wr()
        return default if o is None else o

    # The iterators are generator functions so nothing runs before the first next(), as in CPython.
    def _items(self):
        self._commit()
        for k, wr in self.data.items():
            v = wr()
            if v is not None:
                yield k, v

    def _keys(self):
        self._commit()
        for k, wr in self.data.items():
            if wr() is not None:
                yield k

    def _values(self):
        self._commit()
        for wr in self.data.values():
            v = wr()
            if v is not None:
                yield v

    def _refs(self):
        self._commit()
        yield from self.data.values()

    def items(self):
        return _Guarded(self, self._items())

    def keys(self):
        return _Guarded(self, self._keys())

    __iter__ = keys

    def values(self):
        return _Guarded(self, self._values())

    def itervaluerefs(self):
        return _Guarded(self, self._refs())

    def valuerefs(self):
        self._commit()
        return list(self.data.values())

    def popitem(self):
        self._commit()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        self._commit()
        wr = self.data.pop(key, None)
        o = None if wr is None else wr()
        if o is not None:
            return o
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        wr = self.data.get(key)
        o = None if wr is None else wr()
        if o is not None:
            return o
        self[key] = default
        return default

    def update(self, other=None, /, **kwargs):
        self._commit()
        d = self.data
        if other is not None:
            if not hasattr(other, 'items'):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, self._remove, key)

    __or__, __ror__, __ior__ = _mapping_or, _mapping_ror, _ior


def _drop_dead(d, key):
    # Remove d[key] only if it is still a dead reference (CPython: _weakref._remove_dead_weakref).
    wr = d.get(key)
    if wr is not None and wr() is None:
        del d[key]


class WeakKeyDictionary(_MutableMapping):
    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(k)
                else:
                    self.data.pop(k, None)
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pending, d = self._pending_removals, self.data
        while pending:
            d.pop(pending.pop(), None)

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            # queued keys may have been deleted explicitly meanwhile (CPython: WeakKeyDictionary._scrub_removals)
            self._pending_removals = [k for k in self._pending_removals if k in self.data]
            self._dirty_len = False
        return len(self.data) - len(self._pending_removals)

    __repr__ = _container_repr

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def _live(self):
        for wr, v in list(self.data.items()):
            k = wr()
            if k is not None:
                yield k, v

    def copy(self):
        new = WeakKeyDictionary()
        for k, v in _Guarded(self, self._live()):
            new[k] = v
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for k, v in _Guarded(self, self._live()):
            new[k] = deepcopy(v, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def _items(self):
        for wr, v in self.data.items():
            k = wr()
            if k is not None:
                yield k, v

    def _keys(self):
        for wr in self.data:
            k = wr()
            if k is not None:
                yield k

    def _values(self):
        for wr, v in self.data.items():
            if wr() is not None:
                yield v

    def items(self):
        return _Guarded(self, self._items())

    def keys(self):
        return _Guarded(self, self._keys())

    __iter__ = keys

    def values(self):
        return _Guarded(self, self._values())

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            wr, value = self.data.popitem()
            k = wr()
            if k is not None:
                return k, value

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    __or__, __ror__, __ior__ = _mapping_or, _mapping_ror, _ior


# ---------------------------------------------------------------- WeakSet

class WeakSet:
    __module__ = '_weakrefset'     # where CPython defines it

    def __init__(self, data=None):
        self.data = set()

        def remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(item)
                else:
                    self.data.discard(item)
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pending, data = self._pending_removals, self.data
        while pending:
            data.discard(pending.pop())

    def _commit(self):
        if self._pending_removals:
            self._commit_removals()

    def _items(self):
        for r in self.data:
            x = r()
            if x is not None:
                yield x

    def __iter__(self):
        return _Guarded(self, self._items())

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), getattr(self, '__dict__', None)

    def add(self, item):
        self._commit()
        self.data.add(ref(item, self._remove))

    def clear(self):
        self._commit()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        self._commit()
        while True:
            try:
                r = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = r()
            if item is not None:
                return item

    def remove(self, item):
        self._commit()
        self.data.remove(ref(item))

    def discard(self, item):
        self._commit()
        self.data.discard(ref(item))

    def update(self, other):
        self._commit()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        self._commit()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self._commit()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)
    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        self._commit()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


_MutableSet.register(WeakSet)


# ---------------------------------------------------------------- finalize

class finalize:
    # A finalizer has no state of its own: it is the key of its _Info record in the class registry,
    # so it can never take part in a reference cycle with its object.
    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = _itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            try:
                import atexit
                atexit.register(self._exitfunc)
            except ImportError:      # no atexit in this interpreter: exit-time calls are skipped
                pass
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func, info.args, info.kwargs = func, args, kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def _live_info(self):
        info = self._registry.get(self)
        return (info, info.weakref()) if info else (None, None)

    def detach(self):
        info, obj = self._live_info()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info, obj = self._live_info()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        # .get() rather than `in`: a builtin call, where weft runs pending weakref callbacks
        return self._registry.get(self) is not None

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        obj = self._live_info()[1]
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                       type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # live finalizers marked for exit, oldest first
        chosen = sorted((i.index, f) for f, i in cls._registry.items() if i.atexit)
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        # Run the remaining atexit finalizers, newest first; new ones may appear meanwhile.
        try:
            pending = None
            while cls._registry:
                if pending is None or finalize._dirty:
                    pending = cls._select_for_exit()
                    finalize._dirty = False
                if not pending:
                    break
                f = pending.pop()
                try:
                    f()
                except Exception:
                    sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
