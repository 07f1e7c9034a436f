# enum: enumerations, written in weft. The metaclass EnumType turns the names assigned in a class body into
# singleton members (Enum, IntEnum, StrEnum, Flag, IntFlag); lookups, reprs, flag arithmetic, the functional
# API and the error messages follow CPython 3.11's documented behaviour (its Lib/enum.py was read for
# semantics only; this code is weft's own).
import sys as _sys
import builtins as _bltns

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
    "auto", "unique", "property", "verify", "member", "nonmember",
    "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP",
    "global_flag_repr", "global_enum_repr", "global_str", "global_enum",
    "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE",
]

# the base classes do not exist while they are being built; EnumType checks for None
Enum = Flag = ReprEnum = None


# ---- helpers

def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = "_%s__" % cls_name
    return len(name) > len(prefix) and name.startswith(prefix) and not name.endswith("__")


_FUNCTION_LIKE = (type(_is_dunder), classmethod, staticmethod, _bltns.property)


def _is_descriptor(obj):
    # the isinstance test covers weft's native descriptors, which have no __get__ attribute
    return (isinstance(obj, _FUNCTION_LIKE) or hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__"))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _high_bit(value):
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError("%r is not a positive integer" % original)
    while num:
        bit = num & -num
        yield bit
        num ^= bit


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """Like builtins.bin, but negatives in two's complement and a sign bit first: bin(~10) == '0b1 0101'."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = _bltns.bin(num + ceiling).replace("1", "0", 1)
    else:
        s = _bltns.bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _names_list(names):
    # "A B,C" or an iterable of names -> list
    return names.replace(",", " ").split() if isinstance(names, str) else list(names)


_MappingProxy = type(type.__dict__)  # types.MappingProxyType, without importing types


class nonmember(object):
    """Keeps a value in an enum class body from becoming a member."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Makes a value in an enum class body a member (even a function)."""

    def __init__(self, value):
        self.value = value


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Placeholder replaced by _generate_next_value_() when the enum class is built."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class property:
    """A property on members; read through the class it yields the member of that name instead."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        # (CPython 3.11.7: enum.property.__get__)
        if instance is not None and self.fget is not None:
            return self.fget(instance)
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            pass
        raise AttributeError("%r has no attribute %r" % (ownerclass, self.name))

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        self.fdel(instance)


# ---- class construction

_ALLOWED_SUNDERS = ("_order_", "_generate_next_value_", "_numeric_repr_", "_missing_", "_ignore_",
                    "_iter_member_", "_iter_member_by_value_", "_iter_member_by_def_")


def _is_member_entry(cls_name, key, value, ignore):
    return not (_is_private(cls_name, key) or _is_sunder(key) or _is_dunder(key) or key in ignore
                or isinstance(value, nonmember) or _is_descriptor(value))


class _EnumDict(dict):
    # class-body namespace: gives auto() its value at once and refuses to rebind a member name (the rest is
    # worked out by EnumType.__new__ from the finished namespace, in definition order)

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._generate = generate
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._auto_seen = False

    def __setitem__(self, key, value):
        # (CPython: enum._EnumDict.__setitem__)
        if key == "_ignore_":
            self._ignore = _names_list(value)
        elif key == "_generate_next_value_":
            if self._auto_seen:
                raise TypeError("_generate_next_value_ must be defined before members")
            self._generate = getattr(value, "__func__", value)
        elif key in self._member_names and not _is_dunder(key) and not _is_sunder(key):
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif _is_member_entry(self._cls_name, key, value, self._ignore):
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if not isinstance(value, member):
                was_auto, value = _resolve_auto(key, value, self._generate, len(self._member_names),
                                                self._last_values)
                self._auto_seen = self._auto_seen or was_auto
                if not was_auto:
                    self._last_values.append(value)
            self._member_names.append(key)
        dict.__setitem__(self, key, value)

    def update(self, members, **more_members):
        items = [(k, members[k]) for k in members.keys()] if hasattr(members, "keys") else members
        for name, value in items:
            self[name] = value
        for name, value in more_members.items():
            self[name] = value


_NOT_FOUND = object()


class _proto_member:
    # stands in for a member in the namespace given to type.__new__; its __set_name__ builds the real member

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        # (CPython 3.11.7: enum._proto_member.__set_name__)
        delattr(enum_class, member_name)
        value = self.value
        args = value if isinstance(value, tuple) else (value,)
        if enum_class._member_type_ is tuple:
            args = (args,)
        if enum_class._use_args_:
            enum_member = enum_class._new_member_(enum_class, *args)
        else:
            enum_member = enum_class._new_member_(enum_class)
        if not hasattr(enum_member, "_value_"):
            if enum_class._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = enum_class._member_type_(*args)
                except Exception as exc:
                    new_exc = TypeError("_value_ not set in __new__, unable to create it")
                    new_exc.__cause__ = exc
                    raise new_exc
        value = enum_member._value_
        enum_member._name_ = member_name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            enum_class._flag_mask_ |= value
            if _is_single_bit(value):
                enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
        # an earlier member with an equal value makes this name an alias
        try:
            canonical = enum_class._value2member_map_.get(value, _NOT_FOUND)
        except TypeError:
            canonical = next((m for m in enum_class._member_map_.values() if m._value_ == value), _NOT_FOUND)
        if canonical is not _NOT_FOUND:
            enum_member = canonical
        elif not is_flag or _is_single_bit(value):
            enum_class._member_names_.append(member_name)
        # a property (e.g. Enum.value) of that name further up keeps working on members
        found = None
        for base in enum_class.__mro__[1:]:
            descriptor = base.__dict__.get(member_name)
            if descriptor is not None:
                if isinstance(descriptor, property):
                    found = descriptor
                    break
                if hasattr(descriptor, "fget") and hasattr(descriptor, "fset") and hasattr(descriptor, "fdel"):
                    found = descriptor
        if found is not None:
            redirect = property(found.fget, found.fset, found.fdel)
            redirect.__set_name__(enum_class, member_name)
            setattr(enum_class, member_name, redirect)
        else:
            setattr(enum_class, member_name, enum_member)
        enum_class._member_map_[member_name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)


def _resolve_auto(key, value, gnv, count, last_values):
    # -> (whether auto() was used, value with every auto() (alone or in a plain tuple) replaced by a generated
    # value); (CPython: _EnumDict.__setitem__)
    single = isinstance(value, auto)
    items = (value,) if single else value
    if type(items) is not tuple or not any(isinstance(v, auto) for v in items):
        return False, value
    resolved = []
    for v in items:
        if isinstance(v, auto):
            if v.value is _auto_null:
                v.value = gnv(key, 1, count, last_values[:])
            v = v.value
            last_values.append(v)
        resolved.append(v)
    return True, resolved[0] if single else tuple(resolved)


class EnumType(type):
    """Metaclass of Enum: builds the members and answers lookups on the class."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        first_enum = metacls._get_mixins_(cls, bases)[1]
        return _EnumDict(cls, getattr(first_enum, "_generate_next_value_", None))

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = _names_list(classdict.get("_ignore_", ())) + ["_ignore_"]
        gnv = classdict.get("_generate_next_value_") or getattr(first_enum, "_generate_next_value_", None)
        gnv = getattr(gnv, "__func__", gnv)
        # sort the body into members and ordinary attributes, in definition order (auto() still unresolved
        # if the namespace was filled without _EnumDict.__setitem__)
        namespace = {}
        member_names = []
        last_values = []
        order = None
        for key, value in classdict.items():
            if key in ignore:
                continue
            if key in ("_order_", "__order__"):
                order = value
                continue
            if _is_sunder(key) and not _is_private(cls, key) and key not in _ALLOWED_SUNDERS:
                raise ValueError("_sunder_ names, such as %r, are reserved for future Enum use" % (key,))
            if isinstance(value, nonmember):
                namespace[key] = value.value
            elif not isinstance(value, member) and not _is_member_entry(cls, key, value, ()):
                namespace[key] = value
            else:
                if isinstance(value, member):
                    value = value.value
                was_auto, value = _resolve_auto(key, value, gnv, len(member_names), last_values)
                if not was_auto:
                    last_values.append(value)
                member_names.append(key)
                namespace[key] = _proto_member(value)
        invalid = [n for n in member_names if n in ("mro", "")]
        if invalid:
            raise ValueError("invalid enum member name(s) %s" % ",".join(repr(n) for n in invalid))
        new, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        namespace["_new_member_"] = new
        namespace["_use_args_"] = use_args
        namespace["_member_names_"] = []
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        namespace["_unhashable_values_"] = []
        namespace["_member_type_"] = member_type
        namespace["_value_repr_"] = metacls._find_data_repr_(cls, bases)
        is_flag = cls == "Flag" if Flag is None else any(issubclass(b, Flag) for b in bases)
        if is_flag:
            namespace["_boundary_"] = boundary or getattr(first_enum, "_boundary_", None)
            namespace["_flag_mask_"] = namespace["_singles_mask_"] = namespace["_all_bits_"] = 0
            namespace["_inverted_"] = None
        exc = None
        try:
            enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        except RuntimeError as e:
            # a member that fails to build surfaces as "Error calling __set_name__": report the original
            if e.__cause__ is None:
                raise
            exc = e.__cause__
        if exc is not None:
            raise exc
        own = enum_class.__dict__
        if ReprEnum is not None and ReprEnum in bases:
            # (CPython: EnumType.__new__) str() and format() are the data type's
            if member_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)")
            if "__format__" not in own:
                enum_class.__format__ = member_type.__format__
            if "__str__" not in own:
                method = member_type.__str__
                enum_class.__str__ = member_type.__repr__ if method is object.__str__ else method
        if first_enum is not None:
            for name in ("__repr__", "__str__", "__format__"):
                if name not in own and metacls._defined_by_(enum_class, name) in member_type.__mro__:
                    setattr(enum_class, name, getattr(first_enum, name))
        if is_flag and Flag is not None:
            for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
                if name not in own:
                    setattr(enum_class, name, Flag.__dict__[name])
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
        if Enum is not None:
            if save_new:
                enum_class.__new_member__ = new
            enum_class.__new__ = Enum.__new__
        if order is not None:
            # (CPython: EnumType.__new__, _order_ steps) aliases and multi-bit flags are left out
            order = [o for o in _names_list(order)
                     if o not in enum_class._member_map_ or o in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError("member order does not match _order_:\n  %r\n  %r"
                                % (enum_class._member_names_, order))
        return enum_class

    @staticmethod
    def _defined_by_(cls, name):
        for klass in cls.__mro__:
            if name in klass.__dict__:
                return klass
        return None

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def __contains__(cls, member):
        # 3.11 still refuses non-members (3.12 accepts values)
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (_bltns.type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = {"__class__", "__contains__", "__doc__", "__getitem__", "__iter__", "__len__",
                       "__members__", "__module__", "__name__", "__qualname__"}
        interesting.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add("__new__")
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add("__init_subclass__")
        if cls._member_type_ is not object:
            interesting.update(dir(cls._member_type_))
        return sorted(interesting)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            pass
        raise AttributeError(name)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_bltns.property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        # functional API: Enum('Animal', 'ANT BEE') / [(name, value), ...] / {name: value}
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs, last_values = [], []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names:
            if isinstance(item, str):
                classdict[item] = names[item]
            else:
                classdict[item[0]] = item[1]
        if module is None:
            try:
                module = _sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        classdict["__module__"] = "<unknown>" if module is None else module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        # -> (data type of the members, the enum class to inherit from)
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        return mcls._find_data_type_(class_name, bases) or object, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if "__repr__" in base.__dict__:
                    return base.__dict__["__repr__"]
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        # (CPython 3.11.7: EnumType._find_data_type_)
        data_types = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        if base._member_type_ not in data_types:
                            data_types.append(base._member_type_)
                        break
                elif "__new__" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
                    found = candidate or base
                    if found not in data_types:
                        data_types.append(found)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError("too many data types for %r: %r" % (class_name, set(data_types)))
        return data_types[0] if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        # -> (callable creating a bare member, whether to keep it as __new_member__, whether it takes the value)
        new = classdict.get("__new__")
        save_new = first_enum is not None and new is not None
        if new is None:
            for method in ("__new_member__", "__new__"):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target is not None and target is not object.__new__ and target is not Enum.__new__:
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new is object.__new__ or new is Enum.__new__)
        return new, save_new, use_args


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Base class of enumerations: a fixed set of named, singleton members."""

    def __new__(cls, value):
        # (CPython 3.11.7: Enum.__new__) the lookup behind Color(1)
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        if not cls._member_map_:
            raise TypeError("%r has no members defined" % cls)
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc, result = e, None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        # one more than the largest value so far (else the last value that supports +1)
        if not last_values:
            return start
        try:
            if last_values[-1] == max(last_values):
                return last_values[-1] + 1
        except TypeError:
            pass
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        # the public names of the member and of every class in its MRO, the other members' names included, less the
        # enum properties that stand for members (CPython 3.11.2: Enum.__dir__)
        names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__"}
        names |= {"name", "value"} if self.__class__._member_type_ is object else set(object.__dir__(self))
        names.update(n for n in getattr(self, "__dict__", ()) if not n.startswith("_"))
        for klass in self.__class__.__mro__:
            for n, obj in klass.__dict__.items():
                if n.startswith("_"):
                    continue
                if isinstance(obj, property) and obj.fget is None and n in self._member_map_:
                    names.discard(n)
                else:
                    names.add(n)
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of its data type; only repr() is the enum's."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs; auto() gives the lower-cased member name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value holding bits no member has: STRICT raises, CONFORM drops those bits,
    EJECT returns a plain int, KEEP keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _flag_operand(flag, other):
    # the int a Flag operator combines with, or None (-> NotImplemented)
    if isinstance(other, flag.__class__):
        return other._value_
    if flag._member_type_ is not object and isinstance(other, flag._member_type_):
        return other
    return None


class Flag(Enum, boundary=CONFORM):
    """Enum whose members combine with |, &, ^ and ~."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError("invalid flag value %r" % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        # (CPython 3.11.7: Flag._missing_) builds (and caches) the pseudo-member of a combination
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError("%r unknown flag boundary %r" % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]" % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, "_value_"):
            pseudo_member._value_ = value
        pseudo_member._name_ = None
        if member_value or aliases:
            members = list(cls._iter_member_(member_value))
            combined = 0
            for m in members:
                combined |= m._value_
            if aliases:
                value = member_value | aliases
                for m in cls._member_map_.values():
                    if m not in members and m._value_ and m._value_ & value == m._value_:
                        members.append(m)
                        combined |= m._value_
            unknown = value ^ combined
            if combined:
                if unknown and cls._boundary_ is STRICT:
                    raise ValueError("%r: no members with value %r" % (cls, unknown))
                pseudo_member._name_ = "|".join(m._name_ for m in members)
                if unknown:
                    pseudo_member._name_ += "|%s" % cls._numeric_repr_(unknown)
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (self.__class__.__name__, v_repr(self._value_))
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        other = _flag_operand(self, other)
        return NotImplemented if other is None else self.__class__(self._value_ | other)

    def __and__(self, other):
        other = _flag_operand(self, other)
        return NotImplemented if other is None else self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = _flag_operand(self, other)
        return NotImplemented if other is None else self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""


# ---- decorators and checks

def _alias_details(enumeration):
    return ", ".join("%s -> %s" % (name, m.name) for name, m in enumeration.__members__.items() if name != m.name)


def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias."""
    details = _alias_details(enumeration)
    if details:
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration


class EnumCheck(StrEnum):
    """The constraints verify() can check."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking an enumeration against EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        # (CPython: enum.verify.__call__)
        cls_name = enumeration.__name__
        if isinstance(enumeration, EnumType) and issubclass(enumeration, Flag):
            enum_type = "flag"
        elif isinstance(enumeration, EnumType):
            enum_type = "enum"
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                details = _alias_details(enumeration)
                if details:
                    raise ValueError("aliases found in %r: %s" % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(m.value for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if enum_type == "flag":
                    missing = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high)) if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(("invalid %s %r: missing values %s"
                                      % (enum_type, cls_name, ", ".join(str(m) for m in missing)))[:256])
            elif check is NAMED_FLAGS:
                member_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in enumeration._member_names_ or alias.value < 0:
                        continue
                    missed = [v for v in _iter_bits_lsb(alias.value) if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        alias = "alias %s is missing" % missing_names[0]
                    else:
                        alias = "aliases %s and %s are missing" % (", ".join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = "value 0x%x" % missing_value
                    else:
                        value = "combined values of 0x%x" % missing_value
                    raise ValueError("invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]"
                                     % (cls_name, alias, value))
        return enumeration


# ---- global_enum: members shown as module-level names

def global_enum_repr(self):
    return "%s.%s" % (self.__class__.__module__.split(".")[-1], self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split(".")[-1]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    if _is_single_bit(self._value_):
        return "%s.%s" % (module, self._name_)
    return "|".join(n if n[0].isdigit() else "%s.%s" % (module, n) for n in self._name_.split("|"))


def global_str(self):
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: reprs name the module instead of the class, and the members become module globals."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
