# copy: shallow (copy) and deep (deepcopy) copying of arbitrary objects, written in weft.
# Semantics follow CPython 3.11's Lib/copy.py together with object.__reduce_ex__(4) / copyreg.__newobj__.
# weft's object has no __reduce_ex__/__reduce__/__getstate__, so the default reduction of a plain instance
# (cls.__new__(cls) plus its __dict__ and __slots__ state) is done here in _default_reduce.

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error  # old alias kept by CPython


def _function():
    pass


# types copied as themselves by both copy and deepcopy (CPython: copy._copy_immutable / _deepcopy_atomic)
_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, str, bytes, type, range,
           property, type(len), type(_function), type(_function.__code__)}
_immutable = _atomic | {tuple, frozenset, slice}

class _M:
    def m(self):
        pass


_method = type(_M().m)
del _M

_object_reduce_ex = getattr(object, "__reduce_ex__", None)
_object_reduce = getattr(object, "__reduce__", None)
_object_getstate = getattr(object, "__getstate__", None)


def _inherited(cls, name, default):
    # whether cls has no `name` of its own: none at all, or object's
    method = getattr(cls, name, None)
    return method is None or method is default


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    if cls in _immutable or issubclass(cls, type):
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if cls is _method:
        # (CPython: method.__reduce__ rebinds the function by name)
        return getattr(x.__self__, x.__func__.__name__)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x; memo maps id(original) to its copy and is shared by recursive calls."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is list:
        y = memo[key] = []
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = memo[key] = {}
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple or cls is set or cls is frozenset:
        y = _deepcopy_collection(x, cls, memo)
    elif cls is slice:
        y = slice(*deepcopy((x.start, x.stop, x.step), memo))
    elif cls is _method:
        # weft cannot build a method object from (function, self): rebind by name on the copied self
        y = getattr(deepcopy(x.__self__, memo), x.__func__.__name__)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        elif _is_plain(cls):
            # what _reconstruct does with the default reduction of a plain instance: a new object of the class and
            # a deep copy of its __dict__
            y = memo[key] = cls.__new__(cls)
            state = getattr(x, "__dict__", None)
            if state:
                y.__dict__.update(deepcopy(state, memo))
        else:
            rv = _reduce(x, cls)
            y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_collection(x, cls, memo):
    # (CPython: copy._deepcopy_tuple) an element may have led back to x through a cycle: then x already
    # has its copy in memo; a tuple whose elements are all unchanged is returned as itself
    items = [deepcopy(item, memo) for item in x]
    done = memo.get(id(x))
    if done is not None:
        return done
    if cls is tuple:
        for old, new in zip(x, items):
            if old is not new:
                return tuple(items)
        return x
    return cls(items)


_plain_classes = {}


def _is_plain(cls):
    # whether cls reduces by the default of object with nothing of its own: no __reduce_ex__, __reduce__,
    # __getnewargs(_ex)__, __getstate__ or __setstate__, no slots, no builtin base but object; remembered per class,
    # as CPython's copyreg remembers a class's __slotnames__
    plain = _plain_classes.get(cls)
    if plain is None:
        plain = (_native_base(cls) is object and not _slotnames(cls) and
                 _inherited(cls, "__reduce_ex__", _object_reduce_ex) and _inherited(cls, "__reduce__", _object_reduce) and
                 getattr(cls, "__getnewargs_ex__", None) is None and getattr(cls, "__getnewargs__", None) is None and
                 _inherited(cls, "__getstate__", _object_getstate) and not hasattr(cls, "__setstate__"))
        _plain_classes[cls] = plain
    return plain


def _keep_alive(x, memo):
    # the originals must outlive the memo, or their ids could be reused by new objects
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reduce(x, cls):
    # a class's own __reduce_ex__ wins, then its own __reduce__, then the default of object
    if not _inherited(cls, "__reduce_ex__", _object_reduce_ex):
        return x.__reduce_ex__(4)
    if not _inherited(cls, "__reduce__", _object_reduce):
        return x.__reduce__()
    return _default_reduce(x, cls)


_value_bases = (int, float, complex, str, bytes, tuple)


_native_bases = {}


def _native_base(cls):
    # the first builtin class in cls's MRO, remembered per class
    base = _native_bases.get(cls)
    if base is None:
        base = object
        for c in cls.__mro__:
            if c.__module__ == "builtins":
                base = c
                break
        _native_bases[cls] = base
    return base


def _default_reduce(x, cls):
    # (CPython: object.__reduce_ex__ -> reduce_newobj, and set/frozenset/BaseException.__reduce__)
    base = _native_base(cls)
    if base in (set, frozenset):
        return cls, (list(x),), _getstate(x, cls)
    if issubclass(base, BaseException):
        return cls, x.args, _getstate(x, cls)
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = x.__getnewargs_ex__()
        reduced = (_newobj_ex, (cls, args, kwargs))
    else:
        getnewargs = getattr(cls, "__getnewargs__", None)
        if getnewargs is not None:
            args = x.__getnewargs__()
        elif base in _value_bases:
            args = (base(x),)
        elif base in (object, list, dict):
            args = ()
        else:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        reduced = (_newobj, (cls,) + tuple(args))
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return reduced + (_getstate(x, cls), listitems, dictitems)


def _getstate(x, cls):
    # (CPython: object.__getstate__) the instance dict (None if empty), paired with a dict of the set
    # __slots__ values when there are any
    if not _inherited(cls, "__getstate__", _object_getstate):
        return x.__getstate__()
    state = getattr(x, "__dict__", None) or None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    return (state, slots) if slots else state


_slotnames_cache = {}


def _slotnames(cls):
    # (CPython: copyreg._slotnames, which keeps them in cls.__slotnames__) slot names of the class and its bases,
    # private names mangled; remembered per class
    names = _slotnames_cache.get(cls)
    if names is None:
        names = _slotnames_cache[cls] = _find_slotnames(cls)
    return names


def _find_slotnames(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = f"_{stripped}{name}"
            names.append(name)
    return names


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    # (CPython: copy._reconstruct)
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
