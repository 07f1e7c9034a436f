# dataclasses: the @dataclass decorator and its helpers (PEP 557), written in weft. The generated __init__,
# __repr__, comparison, hash and frozen __setattr__/__delattr__ methods are built as source text and exec()-ed,
# as CPython does. Semantics, reprs and error messages follow CPython 3.11's Lib/dataclasses.py (reference only;
# the code is weft's own). weakref_slot=True adds '__weakref__' to __slots__ as in CPython, though weft has no
# weak references yet.
import sys as _sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING', 'fields',
           'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')


class mappingproxy:  # named like the CPython type it stands in for
    """Read-only view of a field's metadata mapping (stands in for types.MappingProxyType)."""
    __slots__ = ('_data',)

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        return self._data == (other._data if isinstance(other, mappingproxy) else other)

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return self._data.copy()

    def __repr__(self):
        return f'mappingproxy({self._data!r})'


_EMPTY_METADATA = mappingproxy({})

# weft cannot yet compile a function that names super outside a class body, so functions use this alias
_super = super

# ids of the dataclass instances whose generated __repr__ is running (the recursion guard)
_repr_running = set()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare', 'metadata',
                 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else mappingproxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                    f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                    f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                    f'kw_only={self.kw_only!r},_field_type={self._field_type})')
        finally:
            _repr_running.discard(key)

    def __set_name__(self, owner, name):
        # a descriptor used as a field's default gets its __set_name__ call too
        set_name = getattr(type(self.default), '__set_name__', None)
        if set_name:
            set_name(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (f'_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Describe a dataclass field: its default (or default_factory) and which generated methods use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- recognising ClassVar / InitVar / KW_ONLY annotations

def _is_classvar(a, typing):
    return a is typing.ClassVar or (type(a).__module__ == 'typing'
                                    and getattr(a, '__origin__', None) is typing.ClassVar)


def _is_initvar(a):
    return a is InitVar or type(a) is InitVar


def _is_kw_only(a):
    return a is KW_ONLY


def _leading_name(text, i):
    # skips blanks, then reads an identifier; returns (name, index after it)
    while i < len(text) and text[i].isspace():
        i += 1
    start = i
    while i < len(text) and (text[i].isalnum() or text[i] == '_'):
        i += 1
    return text[start:i], i


def _is_type(annotation, cls, a_module, predicate):
    # A string annotation "name[...]" or "mod.name[...]" names the wanted object when the name, looked up in the
    # class's module (or in a_module, when "mod" names a_module there), passes predicate.
    # (CPython: dataclasses._is_type, which matches the same prefix with a regex)
    first, i = _leading_name(annotation, 0)
    rest = annotation[i:].lstrip()
    second = _leading_name(rest, 1)[0] if rest.startswith('.') else ''
    module = _sys.modules.get(cls.__module__)
    if module is None or not first:
        return False
    if second:
        return module.__dict__.get(first) is a_module and predicate(getattr(a_module, second, None))
    return predicate(module.__dict__.get(first))


def _get_field(cls, name, a_type, default_kw_only):
    # (CPython: dataclasses._get_field)
    default = getattr(cls, name, MISSING)
    f = default if isinstance(default, Field) else field(default=default)
    f.name = name
    f.type = a_type
    f._field_type = _FIELD
    typing = _sys.modules.get('typing')
    if typing and (_is_classvar(a_type, typing) or
                   (isinstance(a_type, str) and _is_type(a_type, cls, typing, lambda a: _is_classvar(a, typing)))):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type) or (isinstance(a_type, str) and
                                 _is_type(a_type, cls, _sys.modules.get(__name__), _is_initvar)):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only
    # an unhashable default is taken as a sign of a mutable one
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
    return f


# ---- building the methods

def _create_fn(cls, name, args, body, ns):
    # Compiles "def name(args): body" in the namespace ns (which holds every default, type and helper the
    # text refers to by name) and names the result as a method of cls. The leading blank line puts the body
    # on the same "<string>" line numbers as in CPython's tracebacks.
    text = f'\ndef {name}({", ".join(args)}):\n' + ''.join(f'    {line}\n' for line in body)
    exec(text, ns)
    fn = ns.pop(name)
    fn.__qualname__ = f'{cls.__qualname__}.{name}'
    return fn


def _tuple_text(obj, flds):
    return '(' + ''.join(f'{obj}.{f.name},' for f in flds) + ')'


def _init_param(f):
    if f.default is not MISSING:
        return f'{f.name}:_type_{f.name}=_dflt_{f.name}'
    if f.default_factory is not MISSING:
        return f'{f.name}:_type_{f.name}=_HAS_DEFAULT_FACTORY'
    return f'{f.name}:_type_{f.name}'


def _init_fn(cls, all_fields, std_fields, kw_fields, frozen, slots, has_post_init, ns):
    # (CPython: dataclasses._init_fn and _field_init)
    seen_default = False
    for f in std_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    self_name = '__dataclass_self__' if any(f.name == 'self' for f in all_fields) else 'self'
    body = []
    for f in all_fields:
        ns[f'_type_{f.name}'] = f.type
        dflt = f'_dflt_{f.name}'
        if f.default_factory is not MISSING:
            ns[dflt] = f.default_factory
            value = f'{dflt}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}' if f.init else f'{dflt}()'
        elif f.init:
            if f.default is not MISSING:
                ns[dflt] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            ns[dflt] = f.default  # slots leave no class attribute to hold the default
            value = dflt
        else:
            continue  # not set here: reading it finds the class attribute holding the default
        if f._field_type is _FIELD:
            if frozen:
                body.append(f'__dataclass_object__.__setattr__({self_name},{f.name!r},{value})')
            else:
                body.append(f'{self_name}.{f.name}={value}')
    if has_post_init:
        initvars = ','.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.__post_init__({initvars})')
    params = [self_name] + [_init_param(f) for f in std_fields]
    if kw_fields:
        params += ['*'] + [_init_param(f) for f in kw_fields]
    fn = _create_fn(cls, '__init__', params, body or ['pass'], ns)
    fn.__annotations__['return'] = None
    return fn


def _repr_fn(cls, flds, ns):
    # the field-listing function, wrapped by a recursion guard that shows an instance inside itself as "...";
    # the wrapper keeps the generated function as __wrapped__, named as CPython names it, which is how pprint knows a
    # generated repr (CPython: dataclasses._repr_fn and _recursive_repr)
    parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in flds)
    inner = _create_fn(cls, '__repr__', ['self'], [f'return self.__class__.__qualname__ + f"({parts})"'], ns)
    inner.__qualname__ = '__create_fn__.<locals>.__repr__'

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return inner(self)
        finally:
            _repr_running.discard(key)

    __repr__.__wrapped__ = inner
    __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
    __repr__.__module__ = inner.__module__
    return __repr__


def _cmp_fn(cls, name, op, flds, ns):
    return _create_fn(cls, name, ['self', 'other'], [
        'if other.__class__ is self.__class__:',
        f'    return {_tuple_text("self", flds)}{op}{_tuple_text("other", flds)}',
        'return NotImplemented'], ns)


def _frozen_fns(cls, flds, ns):
    names = '(' + ''.join(f'{f.name!r},' for f in flds) + ')'
    ns['__dataclass_cls__'] = cls
    ns['__dataclass_super__'] = _super
    test = f'if type(self) is __dataclass_cls__ or name in {names}:'
    return (_create_fn(cls, '__setattr__', ['self', 'name', 'value'], [
                test,
                '    raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                '__dataclass_super__(__dataclass_cls__, self).__setattr__(name, value)'], ns),
            _create_fn(cls, '__delattr__', ['self', 'name'], [
                test,
                '    raise FrozenInstanceError(f"cannot delete field {name!r}")',
                '__dataclass_super__(__dataclass_cls__, self).__delattr__(name)'], ns))


def _set_new_attribute(cls, name, value):
    # never replaces what the class itself defines; says whether it did
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _annotation_text(a):
    # how inspect.signature shows an annotation (CPython: inspect.formatannotation)
    if getattr(a, '__module__', None) == 'typing':
        return repr(a).replace('typing.', '')
    if isinstance(a, type):
        return a.__qualname__ if a.__module__ == 'builtins' else f'{a.__module__}.{a.__qualname__}'
    return repr(a)


def _signature_text(std_fields, kw_fields):
    def param(f):
        text = f'{f.name}: {_annotation_text(f.type)}'
        if f.default is not MISSING:
            return f'{text} = {f.default!r}'
        return text + ' = <factory>' if f.default_factory is not MISSING else text
    params = [param(f) for f in std_fields]
    if kw_fields:
        params += ['*'] + [param(f) for f in kw_fields]
    return '(' + ', '.join(params) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    # (CPython: dataclasses._process_class)
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    fields = {}
    any_frozen_base = has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, '__dataclass_fields__', None)
        if base_fields is not None:
            has_dataclass_bases = True
            fields.update((f.name, f) for f in base_fields.values())
            any_frozen_base = any_frozen_base or base.__dataclass_params__.frozen

    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_seen = False
    this_module = _sys.modules.get(__name__)
    for name, a_type in annotations.items():
        if _is_kw_only(a_type) or (isinstance(a_type, str) and _is_type(a_type, cls, this_module, _is_kw_only)):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = kw_only = True
        else:
            own_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in own_fields:
        fields[f.name] = f
        # the class attribute becomes the plain default (or goes away when there is none)
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if frozen and not any_frozen_base:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    cls.__dataclass_fields__ = fields

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    ns = {'_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY, '__dataclass_object__': object,
          '_repr_running': _repr_running, 'FrozenInstanceError': FrozenInstanceError}
    init_fields = [f for f in fields.values() if f._field_type is not _FIELD_CLASSVAR]
    std_fields = [f for f in init_fields if f.init and not f.kw_only]
    kw_fields = [f for f in init_fields if f.init and f.kw_only]
    own_init = init and not _set_new_attribute(cls, '__init__', _init_fn(
        cls, init_fields, std_fields, kw_fields, frozen, slots, hasattr(cls, '__post_init__'), ns))
    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, [f for f in field_list if f.repr], ns))
    compared = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn(cls, '__eq__', '==', compared, ns))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, compared, ns)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        for fn in _frozen_fns(cls, field_list, ns):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')

    # __hash__: (CPython: dataclasses._hash_action)
    if unsafe_hash and has_explicit_hash:
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if unsafe_hash or (eq and frozen and not has_explicit_hash):
        hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _create_fn(cls, '__hash__', ['self'], [f'return hash({_tuple_text("self", hashed)})'], ns)
    elif eq and not has_explicit_hash:
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _doc_signature(cls, own_init, std_fields, kw_fields)
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_fields))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    if hasattr(cls, '__abstractmethods__'):
        from abc import update_abstractmethods
        update_abstractmethods(cls)
    return cls


def _doc_signature(cls, own_init, std_fields, kw_fields):
    # The class docstring shows the signature of __init__ (CPython uses inspect.signature). weft cannot
    # introspect a hand-written __init__ yet, so such a signature is shown as "(...)".
    if own_init:
        return _signature_text(std_fields, kw_fields)
    if all('__init__' not in c.__dict__ for c in cls.__mro__[:-1]):
        return '()'
    return '(...)'


def _slot_names(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, '__next__'):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return tuple(slots)


def _getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, frozen, weakref_slot):
    # __slots__ can only be given when a class is made, so the class is made again.
    # (CPython: dataclasses._add_slots)
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slot_names(base))
    wanted = names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict['__qualname__'] = cls.__qualname__
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if frozen:
        cls.__getstate__ = _getstate
        cls.__setstate__ = _setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add generated dunder methods to a class, from the fields its annotations declare."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)
    return wrap if cls is None else wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass (or of an instance of one), in definition order."""
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


# values deepcopy() returns as they are, returned so without calling it (CPython 3.12's _ATOMIC_TYPES)
_ATOMIC_TYPES = frozenset({type(None), bool, int, float, complex, str, bytes})


def _convert(obj, factory, as_dict, deepcopy):
    # (CPython: dataclasses._asdict_inner / _astuple_inner)
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        if as_dict:
            return factory([(f.name, _convert(getattr(obj, f.name), factory, as_dict, deepcopy)) for f in fields(obj)])
        return factory([_convert(getattr(obj, f.name), factory, as_dict, deepcopy) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, factory, as_dict, deepcopy) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict, deepcopy) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_dict, deepcopy), _convert(v, factory, as_dict, deepcopy))
                         for k, v in obj.items())
    return deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    from copy import deepcopy  # imported only when needed, to keep importing dataclasses cheap
    return _convert(obj, dict_factory, True, deepcopy)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    from copy import deepcopy
    return _convert(obj, tuple_factory, False, deepcopy)


_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
    'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
    'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'))


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a dataclass named cls_name; fields holds names, (name, type) or (name, type, Field) items."""
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    # CPython 3.11 builds the class in types.new_class, so the class reports module "types"
    ns = {'__module__': 'types', '__qualname__': cls_name}
    ns.update(namespace or {})
    ns.update(defaults)
    ns['__annotations__'] = annotations
    meta = type
    for base in bases:
        if issubclass(type(base), meta):
            meta = type(base)
    cls = meta(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance like obj, with the given fields changed (goes through __init__ and __post_init__)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
