# typing: the names of PEP 484 and its successors, with the run-time behaviour programs rely on: subscripted
# aliases with CPython's reprs (typing.List[int], typing.Optional[str]), Union flattening, TypeVar, Generic,
# Protocol with runtime_checkable, NamedTuple, TypedDict, NewType, get_type_hints/get_origin/get_args.
# A smaller design than CPython's Lib/typing.py, whose reprs and messages it follows; the code is weft's own.
import collections.abc as _abc
import sys as _sys

__all__ = ["Any", "Callable", "ClassVar", "Final", "ForwardRef", "Generic", "Literal", "Optional", "ParamSpec",
           "Protocol", "Tuple", "Type", "TypeVar", "TypeVarTuple", "Union", "AbstractSet", "ByteString", "Container",
           "ContextManager", "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping", "MappingView",
           "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView", "Awaitable",
           "AsyncIterator", "AsyncIterable", "Coroutine", "Collection", "AsyncGenerator", "AsyncContextManager",
           "Reversible", "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat", "SupportsIndex",
           "SupportsInt", "SupportsRound", "ChainMap", "Counter", "Deque", "Dict", "DefaultDict", "List",
           "OrderedDict", "Set", "FrozenSet", "NamedTuple", "TypedDict", "Generator", "BinaryIO", "IO", "Match",
           "Pattern", "TextIO", "AnyStr", "assert_type", "assert_never", "cast", "clear_overloads",
           "dataclass_transform", "final", "get_args", "get_origin", "get_overloads", "get_type_hints", "is_typeddict",
           "LiteralString", "Never", "NewType", "no_type_check", "no_type_check_decorator", "NoReturn", "NotRequired",
           "overload", "ParamSpecArgs", "ParamSpecKwargs", "Required", "reveal_type", "runtime_checkable", "Self",
           "Text", "TYPE_CHECKING", "TypeAlias", "TypeGuard", "Unpack"]

TYPE_CHECKING = False


def _type_repr(obj):
    # how a type appears inside a subscription (CPython: typing._type_repr)
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    if isinstance(obj, (list, tuple)) and not isinstance(obj, _Alias):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


def _check_type(arg, msg):
    # strings become forward references; None stands for its type (CPython: typing._type_check)
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _SpecialForm) and arg._name in ("ClassVar", "Final", "Generic", "Protocol"):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if not callable(arg) and not isinstance(arg, (_Alias, TypeVar, ForwardRef, _SpecialForm, ParamSpec)) \
            and arg is not ...:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


class ForwardRef:
    """A type written as a string, evaluated by get_type_hints."""
    __slots__ = ("__forward_arg__",)

    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def _evaluate(self, globalns, localns):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


class _Final:
    # the typing objects cannot be subclassed by users
    __slots__ = ()

    def __init_subclass__(cls, *args, _root=False, **kwargs):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm(_Final, _root=True):
    # Any, Union, Optional, ClassVar, ...: named objects whose subscription a function makes
    __slots__ = ("_name", "_getitem", "__doc__")

    def __init__(self, getitem, name=None):
        self._getitem = getitem
        self._name = name or getitem.__name__
        self.__doc__ = getitem.__doc__

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


def _special(function):
    return _SpecialForm(function)


class _AnyMeta(type):
    # Any is a class in 3.11 (it may be subclassed), printed as typing.Any
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


Any.__module__ = "typing"


@_special
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError(f"{self} is not subscriptable")


@_special
def Never(self, parameters):
    """The bottom type."""
    raise TypeError(f"{self} is not subscriptable")


@_special
def Self(self, parameters):
    """The type of the enclosing class."""
    raise TypeError(f"{self} is not subscriptable")


@_special
def LiteralString(self, parameters):
    """Literal strings only."""
    raise TypeError(f"{self} is not subscriptable")


@_special
def TypeAlias(self, parameters):
    """Marks an explicit type alias."""
    raise TypeError(f"{self} is not subscriptable")


def _single(self, parameters):
    item = _check_type(parameters, f"{self} accepts only single type.")
    return _Alias(self, (item,), special=True)


@_special
def ClassVar(self, parameters):
    """A class variable."""
    return _single(self, parameters)


@_special
def Final(self, parameters):
    """A name that cannot be re-assigned."""
    return _single(self, parameters)


@_special
def TypeGuard(self, parameters):
    """A function narrowing its argument's type."""
    return _single(self, parameters)


@_special
def Required(self, parameters):
    """A TypedDict key that must be present."""
    return _single(self, parameters)


@_special
def NotRequired(self, parameters):
    """A TypedDict key that may be absent."""
    return _single(self, parameters)


@_special
def Unpack(self, parameters):
    """Unpacks a TypeVarTuple."""
    return _single(self, parameters)


@_special
def Union(self, parameters):
    """Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    members = []
    for p in parameters:
        p = _check_type(p, "Union[arg, ...]: each arg must be a type.")
        nested = p.__args__ if isinstance(p, _UnionAlias) else \
            p.__args__ if type(p).__name__ == "UnionType" else (p,)
        for q in nested:
            if q not in members:
                members.append(q)
    if len(members) == 1:
        return members[0]
    return _UnionAlias(self, tuple(members))


@_special
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    arg = _check_type(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


@_special
def Literal(self, parameters):
    """The literal values given."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    values = []
    for p in parameters:
        nested = p.__args__ if isinstance(p, _Alias) and p.__origin__ is Literal else (p,)
        for q in nested:
            if not any(q == v and type(q) is type(v) for v in values):
                values.append(q)
    return _Alias(self, tuple(values), special=True)


@_special
def Concatenate(self, parameters):
    """Concatenate[X, P]: a callable's parameters."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not parameters:
        raise TypeError("Cannot take a Concatenate of no types.")
    return _Alias(self, parameters, special=True)


class Annotated:
    """Annotated[T, x, ...]: the type T with metadata for tools to read (PEP 593); nested ones are flattened."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        origin = _check_type(params[0], "Annotated[t, ...]: t must be a type.")
        metadata = tuple(params[1:])
        if isinstance(origin, _AnnotatedAlias):
            # Annotated[Annotated[T, a], b] is Annotated[T, a, b] (CPython: Annotated.__class_getitem__)
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        return _AnnotatedAlias(origin, metadata)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


class _Alias(_Final, _root=True):
    """A subscripted type (List[int]) or a bare alias of a builtin generic (typing.List)."""

    def __init__(self, origin, args, name=None, special=False, nparams=-1):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._special = special
        self._nparams = nparams
        self.__parameters__ = tuple(_collect_typevars(args or ()))

    def __repr__(self):
        if isinstance(self.__origin__, _SpecialForm):
            head = repr(self.__origin__)
        elif self._name:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if self.__args__ is None:
            return head
        if self._name == "Callable" and len(self.__args__) == 2 and self._callable:
            params, result = self.__args__
            params = "..." if params is ... else "[" + ", ".join(_type_repr(a) for a in params) + "]"
            return f"{head}[{params}, {_type_repr(result)}]"
        if not self.__args__:
            return f"{head}[()]"
        return f"{head}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    _callable = False

    def __getitem__(self, params):
        if self.__args__ is None:
            return _subscript_bare(self, params)
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(params) > len(self.__parameters__) else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {len(self.__parameters__)}")
        mapping = dict(zip(self.__parameters__, params))
        alias = _Alias(self.__origin__, tuple(_substitute(a, mapping) for a in self.__args__), self._name,
                       self._special)
        alias._callable = self._callable
        return alias

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __call__(self, *args, **kwargs):
        if self._special or not callable(self.__origin__):
            raise TypeError(f"Type {self._name or self.__origin__.__name__} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if origin is Generic or origin is Protocol:
            if any(isinstance(b, type) and issubclass(b, Generic) and b is not Generic for b in bases
                   if b is not self):
                return ()
            return (origin,)
        entries = (origin,)
        if self.__args__ is not None and Generic not in bases and not any(
                isinstance(b, _Alias) and b.__origin__ is Generic for b in bases):
            entries += (Generic,) if self.__parameters__ else ()
        return entries

    def __instancecheck__(self, obj):
        if self.__args__ is not None:
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if self.__args__ is not None:
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return issubclass(cls, self.__origin__)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__") or name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class _UnionAlias(_Alias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f"typing.Optional[{_type_repr(other)}]"
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))


class _AnnotatedAlias(_Alias, _root=True):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {', '.join(repr(m) for m in self.__metadata__)}]"

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


def _collect_typevars(args):
    found = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec)):
            if a not in found:
                found.append(a)
        elif isinstance(a, _Alias):
            for p in a.__parameters__:
                if p not in found:
                    found.append(p)
        elif isinstance(a, (list, tuple)):
            for p in _collect_typevars(a):
                if p not in found:
                    found.append(p)
    return found


def _substitute(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return mapping.get(arg, arg)
    if isinstance(arg, _Alias) and arg.__parameters__:
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    return arg


def _subscript_bare(alias, params):
    # typing.List[int], typing.Dict[str, int], typing.Callable[[int], str], typing.Tuple[int, ...]
    name = alias._name
    if not isinstance(params, tuple):
        params = (params,)
    if name == "Callable":
        if len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is not ...:
            # anything else stands for one argument type: 3.11.2 leaves checking to type checkers (for ParamSpec)
            if not isinstance(args, (list, tuple)):
                args = [args]
            args = [_check_type(a, "Callable[[arg, ...], result]: each arg must be a type.") for a in args]
        made = _Alias(alias.__origin__, (args, _check_type(result, "Callable[args, result]: result must be a type.")),
                      name)
        made._callable = True
        made.__args__ = (tuple(args) if args is not ... else ..., made.__args__[1])
        made.__parameters__ = tuple(_collect_typevars((list(args) if args is not ... else [], result)))
        return made
    if name == "Tuple" and params == ((),):
        return _Alias(alias.__origin__, (), name)
    checked = tuple(p if p is ... and name == "Tuple" else _check_type(p, f"{name}[t0, t1, ...]: each t must be a type.")
                    for p in params)
    if alias._nparams >= 0 and len(checked) != alias._nparams:
        raise TypeError(f"Too {'many' if len(checked) > alias._nparams else 'few'} arguments for typing.{name};"
                        f" actual {len(checked)}, expected {alias._nparams}")
    return _Alias(alias.__origin__, checked, name)


def _bare(origin, name, nparams):
    return _Alias(origin, None, name, nparams=nparams)


List = _bare(list, "List", 1)
Dict = _bare(dict, "Dict", 2)
Set = _bare(set, "Set", 1)
FrozenSet = _bare(frozenset, "FrozenSet", 1)
Tuple = _bare(tuple, "Tuple", -1)
Type = _bare(type, "Type", 1)
Callable = _bare(_abc.Callable, "Callable", 2)
Iterable = _bare(_abc.Iterable, "Iterable", 1)
Iterator = _bare(_abc.Iterator, "Iterator", 1)
Generator = _bare(_abc.Generator, "Generator", 3)
Sequence = _bare(_abc.Sequence, "Sequence", 1)
MutableSequence = _bare(_abc.MutableSequence, "MutableSequence", 1)
Mapping = _bare(_abc.Mapping, "Mapping", 2)
MutableMapping = _bare(_abc.MutableMapping, "MutableMapping", 2)
AbstractSet = _bare(_abc.Set, "AbstractSet", 1)
MutableSet = _bare(_abc.MutableSet, "MutableSet", 1)
Collection = _bare(_abc.Collection, "Collection", 1)
Container = _bare(_abc.Container, "Container", 1)
Reversible = _bare(_abc.Reversible, "Reversible", 1)
Hashable = _bare(_abc.Hashable, "Hashable", 0)
Sized = _bare(_abc.Sized, "Sized", 0)
Awaitable = _bare(_abc.Awaitable, "Awaitable", 1)
Coroutine = _bare(_abc.Coroutine, "Coroutine", 3)
AsyncIterable = _bare(_abc.AsyncIterable, "AsyncIterable", 1)
AsyncIterator = _bare(_abc.AsyncIterator, "AsyncIterator", 1)
AsyncGenerator = _bare(_abc.AsyncGenerator, "AsyncGenerator", 2)
KeysView = _bare(_abc.KeysView, "KeysView", 1)
ValuesView = _bare(_abc.ValuesView, "ValuesView", 1)
ItemsView = _bare(_abc.ItemsView, "ItemsView", 2)
MappingView = _bare(_abc.MappingView, "MappingView", 1)
ByteString = _bare(_abc.ByteString, "ByteString", 0)


def _lazy_aliases():
    import collections as _c
    import contextlib as _ctx
    import re as _re
    return {"DefaultDict": (_c.defaultdict, 2), "OrderedDict": (_c.OrderedDict, 2), "Counter": (_c.Counter, 1),
            "ChainMap": (_c.ChainMap, 2), "Deque": (_c.deque, 1),
            "ContextManager": (_ctx.AbstractContextManager, 1),
            "AsyncContextManager": (_ctx.AbstractAsyncContextManager, 1),
            "Pattern": (_re.Pattern, 1), "Match": (_re.Match, 1)}


def __getattr__(name):
    # the aliases of classes from other modules are made when first asked for, keeping `import typing` cheap
    table = _lazy_aliases()
    if name in table:
        origin, n = table[name]
        alias = _bare(origin, name, n)
        globals()[name] = alias
        return alias
    raise AttributeError(f"module 'typing' has no attribute '{name}'")


class TypeVar(_Final, _root=True):
    """A type variable: T = TypeVar('T'), with optional constraints or a bound."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        self.__name__ = name
        self.__constraints__ = tuple(_check_type(c, "TypeVar(name, constraint, ...): constraints must be types.")
                                     for c in constraints)
        self.__bound__ = _check_type(bound, "Bound must be a type.") if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        try:
            self.__module__ = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class TypeVarTuple(_Final, _root=True):
    """A variadic type variable."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpecArgs(_Final, _root=True):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs(_Final, _root=True):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(_Final, _root=True):
    """The parameters of a callable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)
AnyStr.__module__ = "typing"
Text = str


class Generic:
    """The base of generic classes: class Box(Generic[T])."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables or parameter "
                                "specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            alias = _Alias(cls, params)
            return alias
        parameters = cls.__dict__.get("__parameters__", ())
        if not parameters:
            raise TypeError(f"{cls} is not a generic class")
        if len(params) != len(parameters):
            raise TypeError(f"Too {'many' if len(params) > len(parameters) else 'few'} arguments for {cls};"
                            f" actual {len(params)}, expected {len(parameters)}")
        return _Alias(cls, tuple(_check_type(p, "Parameters to generic types must be types.") for p in params))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _Alias):
                for p in base.__parameters__:
                    if p not in params:
                        params.append(p)
        cls.__parameters__ = tuple(params)


Generic.__module__ = "typing"


class _ProtocolMeta(type(_abc.Sized)):
    # isinstance against a runtime_checkable protocol: does the object have every member? (CPython:
    # _ProtocolMeta.__instancecheck__)
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            # every member present, and a method not set to None on the instance
            if all(hasattr(instance, name) and (not callable(getattr(cls, name, None)) or getattr(instance, name) is not None)
                   for name in _protocol_members(cls)):
                return True
            return cls in type(instance).__mro__  # ABCMeta's own check, without the protocol's hook
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        # (CPython 3.11: Protocol's _proto_hook)
        if getattr(cls, "_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            members = _protocol_members(cls)
            if not all(callable(getattr(cls, name, None)) for name in members):
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            for name in members:
                for base in other.__mro__:
                    if name in base.__dict__:
                        if base.__dict__[name] is None:
                            return cls in other.__mro__
                        break
                else:
                    return cls in other.__mro__
            return True
        return super().__subclasscheck__(other)


_PROTOCOL_IGNORED = {"__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__",
                     "__new__", "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__",
                     "__parameters__", "__orig_bases__", "__qualname__", "_is_protocol", "_is_runtime_protocol",
                     "__init_subclass__", "_abc_impl", "__protocol_attrs__", "__non_callable_proto_members__"}


def _protocol_members(cls):
    names = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        names.update(n for n in base.__dict__ if n not in _PROTOCOL_IGNORED and not n.startswith("_abc_"))
        names.update(getattr(base, "__annotations__", {}))
    return sorted(names)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of protocol classes: structural types."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init__(self, *args, **kwargs):
        # a protocol class itself has no instances (CPython: _no_init_or_replace_init)
        if type(self)._is_protocol:
            raise TypeError("Protocols cannot be instantiated")

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol or (isinstance(b, _Alias) and b.__origin__ is Protocol)
                                   for b in cls.__dict__.get("__orig_bases__", cls.__bases__))


Protocol.__module__ = "typing"


def runtime_checkable(cls):
    """Lets isinstance() and issubclass() be used with a protocol class."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and getattr(cls, "_is_protocol", False)):
        raise TypeError(f"@runtime_checkable can be only applied to protocol classes, got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


def _protocol_alias(name, method):
    cls = _ProtocolMeta(name, (Protocol,), {"__module__": "typing", method: lambda self: None,
                                            "_is_runtime_protocol": True})
    return cls


SupportsInt = _protocol_alias("SupportsInt", "__int__")
SupportsFloat = _protocol_alias("SupportsFloat", "__float__")
SupportsComplex = _protocol_alias("SupportsComplex", "__complex__")
SupportsBytes = _protocol_alias("SupportsBytes", "__bytes__")
SupportsIndex = _protocol_alias("SupportsIndex", "__index__")
SupportsAbs = _protocol_alias("SupportsAbs", "__abs__")
SupportsRound = _protocol_alias("SupportsRound", "__round__")


class IO(Generic[AnyStr]):
    """The generic type of file objects."""
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


for _cls in (IO, TextIO, BinaryIO):
    _cls.__module__ = "typing"


def cast(typ, val):
    """Returns val unchanged: a hint to type checkers."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


_overloads = {}


def _overload_dummy(*args, **kwds):
    # (CPython 3.11.2's text)
    raise NotImplementedError("You should not call an overloaded function. A series of @overload-decorated "
                              "functions outside a stub module should always be followed by an implementation that "
                              "is not @overload-ed.")


def overload(func):
    """Marks one signature of an overloaded function."""
    key = (getattr(func, "__module__", None), getattr(func, "__qualname__", None))
    _overloads.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overloads.get((getattr(func, "__module__", None), getattr(func, "__qualname__", None)), []))


def clear_overloads():
    _overloads.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False, field_specifiers=(),
                        **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {"eq_default": eq_default, "order_default": order_default,
                                             "kw_only_default": kw_only_default,
                                             "field_specifiers": field_specifiers, "kwargs": kwargs}
        return cls_or_fn
    return decorator


class NewType:
    """NewType('UserId', int): a distinct name for a type, the identity function at run time."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition(".")[2]
        self.__supertype__ = tp
        try:
            self.__module__ = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            self.__module__ = "__main__"

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        # the subclass's name is known only once it exists: a stand-in base refuses it from __init_subclass__
        # (CPython: NewType.__mro_entries__, bpo-46170)
        newtype_name = self.__name__

        class _RefuseSubclass:
            def __init_subclass__(cls):
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                                f"`{cls.__name__} = NewType({cls.__name__!r}, {newtype_name})`")

        return (_RefuseSubclass,)


def get_origin(tp):
    """The unsubscripted form of a typing object: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _Alias):
        return tp.__origin__ if tp.__args__ is not None or tp._name else None
    if type(tp).__name__ in ("GenericAlias",):
        return tp.__origin__
    if type(tp).__name__ == "UnionType":
        import types
        return types.UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of a subscripted typing object: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _Alias) and tp.__args__ is not None:
        args = tp.__args__
        if tp._callable and args and args[0] is not ...:
            return (list(args[0]), args[1])
        return args
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return _eval_hint(value._evaluate(globalns, localns), globalns, localns)
    return value


def _strip_annotated(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotated(t.__origin__)
    if isinstance(t, _Alias) and t.__args__:
        stripped = tuple(_strip_annotated(a) for a in t.__args__)
        if stripped != t.__args__:
            return t.__origin__[stripped] if isinstance(t.__origin__, _SpecialForm) else t
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function, strings evaluated (CPython: typing.get_type_hints)."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            module = _sys.modules.get(base.__module__)
            g = globalns if globalns is not None else getattr(module, "__dict__", {})
            l = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, l)
    else:
        ann = getattr(obj, "__annotations__", None)
        if ann is None:
            if isinstance(obj, type(_sys)) or callable(obj):
                return {}
            raise TypeError(f"{obj!r} is not a module, class, method, or function.")
        g = globalns if globalns is not None else getattr(obj, "__globals__", getattr(obj, "__dict__", {}))
        for name, value in ann.items():
            hints[name] = _eval_hint(value, g, localns)
    if not include_extras:
        hints = {k: _strip_annotated(v) for k, v in hints.items()}
    return hints


# ---- NamedTuple and TypedDict

def _make_namedtuple(name, fields, module, defaults=()):
    from collections import namedtuple
    nt = namedtuple(name, [n for n, _ in fields], defaults=defaults, module=module)
    nt.__annotations__ = {n: _check_type(t, f"Type of field {n!r} must be a type.") for n, t in fields}
    return nt


class _NamedTupleMeta(type):
    def __new__(mcls, name, bases, ns):
        annotations = ns.get("__annotations__", {})
        defaults = []
        for field in annotations:
            if field in ns:
                defaults.append(ns[field])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {field} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(f for f in annotations if f in ns)}")
        nt = _make_namedtuple(name, list(annotations.items()), ns.get("__module__", "__main__"), defaults)
        for key, value in ns.items():
            if key in ("__module__", "__qualname__", "__annotations__", "__orig_bases__") or key in annotations:
                continue
            if key in ("_make", "_asdict", "_replace", "_fields", "__new__", "__init__", "__slots__",
                       "__getnewargs__", "_field_defaults", "_source"):
                raise AttributeError(f"Cannot overwrite NamedTuple attribute {key}")
            setattr(nt, key, value)
        return nt


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed namedtuple: class P(NamedTuple): x: int, or NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    module = _sys._getframe(1).f_globals.get("__name__", "__main__")
    return _make_namedtuple(typename, list(fields), module)


def _namedtuple_mro_entries(bases):
    return (_NamedTupleBase,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


_NamedTupleBase = type.__new__(_NamedTupleMeta, "NamedTuple", (), {"__module__": "typing"})


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            # (CPython: _TypedDictMeta.__new__)
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        own = ns.get("__annotations__", {})
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        for key, tp in own.items():
            tp = _check_type(tp, "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type")
            annotations[key] = tp
            origin = getattr(tp, "__origin__", None)
            if origin is Required or (total and origin is not NotRequired):
                required.add(key)
            else:
                optional.add(key)
        cls = type.__new__(mcls, name, (dict,), {k: v for k, v in ns.items() if k != "__annotations__"})
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total
        return cls

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with given keys: class Point(TypedDict): x: int; instances are plain dicts."""
    if fields is None:
        fields = kwargs
    module = _sys._getframe(1).f_globals.get("__name__", "__main__")
    return _TypedDictMeta(typename, (), {"__annotations__": dict(fields), "__module__": module}, total=total)


def _typeddict_mro_entries(bases):
    return (_TypedDictBase,)


TypedDict.__mro_entries__ = _typeddict_mro_entries
_TypedDictBase = type.__new__(_TypedDictMeta, "TypedDict", (dict,), {"__module__": "typing"})
_TypedDictBase.__annotations__ = {}
_TypedDictBase.__required_keys__ = frozenset()
_TypedDictBase.__optional_keys__ = frozenset()


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)
