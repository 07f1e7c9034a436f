# abc: abstract base classes. ABCMeta computes a class's __abstractmethods__ (object.__new__ refuses to
# instantiate while it is non-empty) and answers isinstance/issubclass through __subclasshook__, registered
# virtual subclasses and real subclasses, with a positive and a negative cache per class.
# Semantics and messages follow CPython 3.11's Lib/abc.py and Modules/_abc.c (_abc__abc_init,
# _abc__abc_register_impl, _abc__abc_instancecheck_impl, _abc__abc_subclasscheck_impl); the code is weft's own.


def abstractmethod(funcobj):
    """Marks a method abstract: a class with one cannot be instantiated until a subclass overrides it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated since 3.3: use classmethod with abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated since 3.3: use staticmethod with abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated since 3.3: use property with abstractmethod."""
    __isabstractmethod__ = True


class _AbcState:
    # what _abc keeps per class: registered virtual subclasses and the answers already given
    __slots__ = ("registry", "cache", "negative_cache", "negative_version")

    def __init__(self, version):
        self.registry = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = version


_invalidation_counter = 0


def get_cache_token():
    """The current version of the ABC caches: it changes whenever a class is registered with any ABC."""
    return _invalidation_counter


def _is_abstract(value):
    try:
        return bool(getattr(value, "__isabstractmethod__", False))
    except AttributeError:
        return False


def _compute_abstracts(cls, namespace_items, bases):
    abstracts = {name for name, value in namespace_items if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items(), bases)
        cls._abc_impl = _AbcState(_invalidation_counter)
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of this ABC; returns it, so it can decorate a class."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        state = cls._abc_impl
        subclass = instance.__class__
        if subclass in state.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if state.negative_version == _invalidation_counter and subclass in state.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        state = cls._abc_impl
        if subclass in state.cache:
            return True
        if state.negative_version < _invalidation_counter:
            state.negative_cache = set()
            state.negative_version = _invalidation_counter
        elif subclass in state.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            (state.cache if ok else state.negative_cache).add(subclass)
            return ok
        if cls in subclass.__mro__:
            state.cache.add(subclass)
            return True
        for registered in state.registry:
            if issubclass(subclass, registered):
                state.cache.add(subclass)
                return True
        for sub in cls.__subclasses__():
            if issubclass(subclass, sub):
                state.cache.add(subclass)
                return True
        state.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: prints the ABC's registry and caches."""
        state = cls._abc_impl
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {state.registry!r}", file=file)
        print(f"_abc_cache: {state.cache!r}", file=file)
        print(f"_abc_negative_cache: {state.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {state.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recomputes an ABC's abstract methods after it was changed (a class decorator)."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """A helper class: subclassing ABC makes a class abstract-capable without naming the metaclass."""
    __slots__ = ()
