# functools: higher-order functions and operations on callables — partial, reduce, wraps, lru_cache/cache,
# cached_property, total_ordering, cmp_to_key, singledispatch — written in weft. Reprs, messages and the order of
# cache evictions follow CPython 3.11's Lib/functools.py and Modules/_functoolsmodule.c; the code is weft's own.
from abc import get_cache_token
from collections import namedtuple

__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "total_ordering", "cache",
           "cmp_to_key", "lru_cache", "reduce", "partial", "partialmethod", "singledispatch",
           "singledispatchmethod", "cached_property"]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: its name, doc, module and dict, and __wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator applying update_wrapper(wrapper, wrapped)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    """Applies a two-argument function cumulatively to the items of an iterable, from the left."""
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# ---- total_ordering (CPython: the _gt_from_lt family)

def _not_op_and_not_eq(op):
    def method(self, other):
        result = op(self, other)
        if result is NotImplemented:
            return result
        return not result and self != other
    return method


def _op_or_eq(op):
    def method(self, other):
        result = op(self, other)
        if result is NotImplemented:
            return result
        return result or self == other
    return method


def _not_op(op):
    def method(self, other):
        result = op(self, other)
        if result is NotImplemented:
            return result
        return not result
    return method


def _not_op_or_eq(op):
    def method(self, other):
        result = op(self, other)
        if result is NotImplemented:
            return result
        return not result or self == other
    return method


def _op_and_not_eq(op):
    def method(self, other):
        result = op(self, other)
        if result is NotImplemented:
            return result
        return result and self != other
    return method


# for each root operation, how the other three follow from it
_CONVERT = {
    "__lt__": [("__gt__", _not_op_and_not_eq), ("__le__", _op_or_eq), ("__ge__", _not_op)],
    "__le__": [("__ge__", _not_op_or_eq), ("__lt__", _op_and_not_eq), ("__gt__", _not_op)],
    "__gt__": [("__lt__", _not_op_and_not_eq), ("__ge__", _op_or_eq), ("__le__", _not_op)],
    "__ge__": [("__le__", _not_op_or_eq), ("__gt__", _op_and_not_eq), ("__lt__", _not_op)],
}


def total_ordering(cls):
    """Class decorator that fills in the missing ordering methods from one of them and __eq__."""
    roots = {op for op in _CONVERT if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)  # prefer __lt__ to __le__ to __gt__ to __ge__, as CPython does
    for name, make in _CONVERT[root]:
        if name not in roots:
            method = make(getattr(cls, root))
            method.__name__ = name
            method.__qualname__ = f"{cls.__qualname__}.{name}"
            setattr(cls, name, method)
    return cls


def cmp_to_key(mycmp):
    """Turns an old-style comparison function into a key function."""
    class K:
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    K.__name__ = K.__qualname__ = "functools.KeyWrapper"
    return K


# ---- partial

class partial:
    """A function with some of its arguments given already."""
    __slots__ = ("func", "args", "keywords", "__dict__")

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if type(func) is partial:  # flatten (CPython: partial_new)
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args] + [f"{k}={v!r}" for k, v in self.keywords.items()]
        name = type(self).__qualname__ if type(self) is not partial else "functools.partial"
        return f"{name}({', '.join(parts)})"

    def __get__(self, obj, objtype=None):
        return self


class partialmethod:
    """Like partial, but a descriptor: binds like a method when looked up on an instance."""

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
        parts = [repr(self.func)] + [repr(a) for a in self.args] + [f"{k}={v!r}" for k, v in self.keywords.items()]
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(parts)})"

    def __get__(self, obj, cls=None):
        func = self.func
        if hasattr(type(func), "__get__") and not isinstance(func, (staticmethod, classmethod)) or \
                isinstance(func, (staticmethod, classmethod)):
            bound = func.__get__(obj, cls) if obj is not None or isinstance(func, classmethod) else None
            if bound is not None and bound is not func:
                return partial(bound, *self.args, **self.keywords)
        args, keywords = self.args, self.keywords

        def method(cls_or_self, /, *more, **more_keywords):
            return func(cls_or_self, *args, *more, **{**keywords, **more_keywords})
        method.__isabstractmethod__ = getattr(func, "__isabstractmethod__", False)
        method._partialmethod = self
        return method if obj is None else method.__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


# ---- lru_cache

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


class _HashedSeq(list):
    # a key's items, hashed once
    __slots__ = "hashvalue"

    def __init__(self, items):
        self[:] = items
        self.hashvalue = hash(tuple(items))

    def __hash__(self):
        return self.hashvalue


_KWD_MARK = (object(),)
_FAST_TYPES = {int, str}


def _make_key(args, kwds, typed):
    # the cache key of a call (CPython: functools._make_key): a lone int or str argument is its own key
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return _HashedSeq(key)


def lru_cache(maxsize=128, typed=False):
    """Decorator memoizing a function's results for its most recent maxsize argument lists."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)
    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    # The cache is a dict whose insertion order is the recency order: a hit moves its key to the end, a miss
    # over the limit drops the first key (the least recently used), which is the order CPython's linked list
    # keeps (CPython: _lru_cache_wrapper).
    cache = {}
    stats = [0, 0]  # hits, misses
    missing = object()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, missing)
            if result is not missing:
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key not in cache:
                if len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    """An unbounded cache: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# ---- cached_property

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__."""

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
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f"instance to cache {self.attrname!r} property.")
            raise TypeError(msg) from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            cache[self.attrname] = value
        return value

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


# ---- singledispatch

def _find_impl(cls, registry):
    # the implementation for cls: the first class of its MRO with one, ABCs registered for it considered
    # (a simplification of CPython's _compose_mro: ABCs go after the last real base they are a superclass of)
    mro = list(cls.__mro__)
    abcs = [t for t in registry if t not in mro and isinstance(t, type) and issubclass(cls, t)]
    for abc in abcs:
        position = len(mro) - 1  # before object
        for i, base in enumerate(mro):
            if issubclass(base, abc):
                position = i + 1
        mro.insert(position, abc)
    for t in mro:
        if t in registry:
            return registry[t]
    return None


def singledispatch(func):
    """A generic function dispatching on the type of its first argument."""
    registry = {object: func}
    dispatch_cache = {}
    cache_token = [None]

    def dispatch(cls):
        token = get_cache_token()
        if cache_token[0] != token:
            dispatch_cache.clear()
            cache_token[0] = token
        try:
            return dispatch_cache[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
            return impl

    def _is_valid_dispatch_type(cls):
        return isinstance(cls, type) or type(cls).__name__ == "UnionType" and all(
            isinstance(arg, type) for arg in cls.__args__)

    def register(cls, func=None):
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            ann = getattr(cls, "__annotations__", {})
            if not ann:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. Use either "
                                "`@register(some_class)` or plain `@register` on an annotated function.")
            func = cls
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, "__globals__", {}))
            if not _is_valid_dispatch_type(cls):
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        if type(cls).__name__ == "UnionType":
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry_view = type(type.__dict__)(registry)
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry_view
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method dispatching on the type of its first argument after self."""

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
