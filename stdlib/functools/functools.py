# functools for weft, written in weft: partial/partialmethod, reduce, wraps, lru_cache/cache, cached_property,
# total_ordering, cmp_to_key, singledispatch/singledispatchmethod. Behaviour, reprs and messages follow CPython 3.11
# (Lib/functools.py and Modules/_functoolsmodule.c); the code is weft's own. Compiled to bytecode when weft is built.
from abc import get_cache_token
from collections import namedtuple

__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "total_ordering", "cache",
           "cmp_to_key", "lru_cache", "reduce", "partial", "partialmethod", "singledispatch",
           "singledispatchmethod", "cached_property"]

GenericAlias = type(list[int])
_MISSING = object()


# ---- update_wrapper / wraps

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        value = getattr(wrapped, name, _MISSING)
        if value is not _MISSING:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped  # set last: wrapped's __dict__ may hold a __wrapped__ of its own
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---- reduce

def reduce(*args, **kwargs):
    # (CPython: functools_reduce) a varargs builtin, hence its own argument-count messages
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if not 2 <= len(args) <= 3:
        bound = "least 2" if len(args) < 2 else "most 3"
        raise TypeError(f"reduce expected at {bound} arguments, got {len(args)}")
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if len(args) == 3:
        value = args[2]
    else:
        value = next(it, _MISSING)
        if value is _MISSING:
            raise TypeError("reduce() of empty iterable with no initial value")
    for item in it:
        value = function(value, item)
    return value


# ---- total_ordering: each derived operation asks the class's root operation and __eq__ / __ne__

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else not r and self != other


def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else r or self == other


def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else not r


def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else not r or self == other


def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else r and self != other


def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else not r


def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else not r and self != other


def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else r or self == other


def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else not r


def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else not r or self == other


def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else r and self != other


def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else not r


_DERIVED = {
    "__lt__": (("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)),
    "__le__": (("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)),
    "__gt__": (("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)),
    "__ge__": (("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)),
}


def total_ordering(cls):
    defined = [op for op in _DERIVED if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(defined)  # "__lt__" > "__le__" > "__gt__" > "__ge__": CPython's preference
    for name, method in _DERIVED[root]:
        if name not in defined:
            method.__name__ = name
            setattr(cls, name, method)
    return cls


# ---- cmp_to_key

class KeyWrapper:
    # (CPython: functools.KeyWrapper) cmp_to_key(f) is a wrapper without an object; calling it wraps one
    __slots__ = ("_cmp", "obj")

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")  # the C type's tp_name

    def __call__(self, obj):
        key = KeyWrapper.__new__(KeyWrapper)
        key._cmp = self._cmp
        key.obj = obj
        return key

    def _compare(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):  # inline: the one that sorting uses
        if type(other) is not KeyWrapper:
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0


def cmp_to_key(mycmp):
    key = KeyWrapper.__new__(KeyWrapper)
    key._cmp = mycmp
    return key


# ---- partial

class _ReadOnly:
    # a read-only attribute, as C's READONLY members are (assignment: "readonly attribute")
    def __init__(self, getter):
        self.getter = getter

    def __get__(self, obj, owner=None):
        return self if obj is None else self.getter(obj)

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


_PARTIAL_SLOTS = {"_func", "_args", "_keywords"}


def _own_attrs(p):
    # a partial's __dict__ less its slots (which weft keeps in __dict__ too)
    return {k: v for k, v in p.__dict__.items() if k not in _PARTIAL_SLOTS}


_repr_running = set()  # ids of the partials whose repr is being built (CPython: Py_ReprEnter)


class partial:
    __slots__ = ("_func", "_args", "_keywords", "__dict__")

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # (CPython: partial_new) a partial of a partial without attributes of its own collapses into one
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ and not _own_attrs(func):
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = object.__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        if keywords:
            return self._func(*self._args, *args, **{**self._keywords, **keywords})
        return self._func(*self._args, *args, **self._keywords)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = [repr(self._func)]
            parts += [repr(a) for a in self._args]
            parts += [f"{k}={v!r}" for k, v in self._keywords.items()]
        finally:
            _repr_running.discard(key)
        name = "functools.partial" if type(self) is partial else type(self).__name__
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        return (type(self), (self._func,),
                (self._func, self._args, self._keywords or None, _own_attrs(self) or None))

    def __setstate__(self, state):
        # (CPython: partial_setstate)
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, keywords, namespace = state
        if not callable(func) or not isinstance(args, tuple) or \
                (keywords is not None and not isinstance(keywords, dict)):
            raise TypeError("invalid partial state")
        self.__dict__.clear()  # first: weft keeps the slots in __dict__ too
        if namespace is not None:
            self.__dict__.update(namespace)
        self._func = func
        self._args = args if type(args) is tuple else tuple(args)
        self._keywords = {} if keywords is None else keywords if type(keywords) is dict else dict(keywords)

    __class_getitem__ = classmethod(GenericAlias)


partial.func = _ReadOnly(lambda p: p._func)
partial.args = _ReadOnly(lambda p: p._args)
partial.keywords = _ReadOnly(lambda p: p._keywords)


class partialmethod:
    """partial for methods: looked up on an instance or class, it binds first, then adds its arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts += [repr(a) for a in self.args]
        parts += [f"{k}={v!r}" for k, v in self.keywords.items()]
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(parts)})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        # (CPython: partialmethod.__get__) a descriptor that binds becomes a partial of the bound object
        get = getattr(self.func, "__get__", None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                bound_self = getattr(bound, "__self__", _MISSING)
                if bound_self is not _MISSING:
                    result.__self__ = bound_self
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


# ---- lru_cache / cache

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
_KWD_MARK = (object(),)


def _make_key(args, kwds, typed):
    # (CPython: lru_cache_make_key) args, a marker, the keyword items flattened, then the types if typed. The
    # wrappers handle the common case inline: without keywords or typed, the key is args, or a lone exact int or
    # str argument itself.
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return key


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _decorate(maxsize, 128, typed)  # used bare: @lru_cache
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")
    return lambda user_function: _decorate(user_function, maxsize, typed)


def _decorate(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
    wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
    return update_wrapper(wrapper, user_function)


def _lru_cache_wrapper(user_function, maxsize, typed):
    # (CPython: _lru_cache_wrapper) The cache dict's insertion order is the recency order: a hit moves its key to
    # the end, a miss on a full cache drops the first (least recently used) key. A key added by a recursive call
    # while the function ran is kept as it is.
    cache = {}
    hits = misses = 0
    if maxsize is not None:
        maxsize = int(maxsize)  # a C Py_ssize_t in CPython: True reports as 1

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            if kwds or typed:
                key = _make_key(args, kwds, typed)
            else:
                key = args
                if len(args) == 1:
                    first = args[0]
                    if type(first) is int or type(first) is str:
                        key = first
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            if kwds or typed:
                key = _make_key(args, kwds, typed)
            else:
                key = args
                if len(args) == 1:
                    first = args[0]
                    if type(first) is int or type(first) is str:
                        key = first
            result = cache.pop(key, _MISSING)
            if result is not _MISSING:
                cache[key] = result
                hits += 1
                return result
            if not cache:
                hash(key)  # pop on an empty dict hashes nothing: an unhashable key must fail before the call
            misses += 1
            result = user_function(*args, **kwds)
            if key not in cache:
                if len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

    def cache_info():
        """Hits, misses, maxsize and current size, as a CacheInfo."""
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Empties the cache and zeroes its statistics."""
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    """lru_cache(maxsize=None): every result is kept."""
    return lru_cache(maxsize=None)(user_function)


# ---- cached_property

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {name!r} property.") from None
        value = cache.get(name, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                cache[name] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                                f"does not support item assignment for caching {name!r} property.") from None
        return value

    __class_getitem__ = classmethod(GenericAlias)


# ---- singledispatch

def _c3_merge(sequences):
    # C3 merge: repeatedly take the first head that is in no other list's tail
    merged = []
    while True:
        sequences = [s for s in sequences if s]
        if not sequences:
            return merged
        for seq in sequences:
            head = seq[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        merged.append(head)
        for seq in sequences:
            if seq[0] is head:
                del seq[0]


def _c3_mro(cls, abcs):
    # (CPython: functools._c3_mro) cls's MRO with the given ABCs inserted where cls first satisfies them:
    # bases up to the last explicit ABC come first, then the implicit ABCs, then the other bases
    bases = cls.__bases__
    boundary = 0
    for i in range(len(bases), 0, -1):
        if hasattr(bases[i - 1], "__abstractmethods__"):
            boundary = i
            break
    abcs = list(abcs)
    explicit = list(bases[:boundary])
    implicit = [a for a in abcs if issubclass(cls, a) and not any(issubclass(b, a) for b in bases)]
    others = list(bases[boundary:])
    for a in implicit:
        abcs.remove(a)
    return _c3_merge([[cls]] + [_c3_mro(b, abcs) for b in explicit] + [_c3_mro(b, abcs) for b in implicit]
                     + [_c3_mro(b, abcs) for b in others] + [explicit, implicit, others])


def _compose_mro(cls, types):
    # (CPython: functools._compose_mro) the registered types cls is a virtual subclass of, ordered with the help
    # of their subclasses that cls also implements, merged into cls's MRO
    mro_set = set(cls.__mro__)
    types = [t for t in types if t not in mro_set and hasattr(t, "__mro__")
             and not isinstance(t, GenericAlias) and issubclass(cls, t)]
    types = [t for t in types if not any(t is not o and t in o.__mro__ for o in types)]
    type_set = set(types)
    abcs = []
    for t in types:
        found = [[s for s in sub.__mro__ if s in type_set] for sub in t.__subclasses__()
                 if sub not in mro_set and issubclass(cls, sub)]
        if not found:
            abcs.append(t)
            continue
        found.sort(key=len, reverse=True)
        for chain in found:
            for s in chain:
                if s not in abcs:
                    abcs.append(s)
    return _c3_mro(cls, abcs)


def _find_impl(cls, registry):
    # (CPython: functools._find_impl) the first registered type of the composed MRO; two unrelated implicit ABCs
    # matching equally well are an error
    match = None
    for t in _compose_mro(cls, registry.keys()):
        if match is not None:
            if t in registry and t not in cls.__mro__ and match not in cls.__mro__ \
                    and not issubclass(match, t):
                raise RuntimeError(f"Ambiguous dispatch: {match} or {t}")
            break
        if t in registry:
            match = t
    return registry.get(match)


_UnionType = type(int | str)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return isinstance(cls, _UnionType) and all(isinstance(arg, type) for arg in cls.__args__)


def _first_annotation(func):
    # (CPython: typing.get_type_hints, first item) a string annotation is evaluated, None means NoneType
    argname, ann = next(iter(func.__annotations__.items()))
    if isinstance(ann, str):
        holder = func
        while hasattr(holder, "__wrapped__"):
            holder = holder.__wrapped__
        ann = eval(ann, getattr(holder, "__globals__", {}))
    return argname, type(None) if ann is None else ann


_mappingproxy = type(type.__dict__)  # the read-only view singledispatch's registry is


def singledispatch(func):
    registry = {object: func}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        nonlocal cache_token
        if cache_token is not None:
            token = get_cache_token()
            if cache_token != token:
                dispatch_cache.clear()
                cache_token = token
        impl = dispatch_cache.get(cls)
        if impl is None:
            impl = registry.get(cls)
            if impl is None:
                impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            if not getattr(cls, "__annotations__", None):
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. Use either "
                                "`@register(some_class)` or plain `@register` on an annotated function.")
            func = cls
            argname, cls = _first_annotation(func)
            if not _is_valid_dispatch_type(cls):
                if isinstance(cls, _UnionType):
                    raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        if isinstance(cls, _UnionType):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, "__abstractmethods__"):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _mappingproxy(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: picks the implementation by the type of the argument after self or cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
