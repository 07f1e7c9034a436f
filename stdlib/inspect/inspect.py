# inspect: looking at live objects -- type predicates, members, docstrings, source files, frames, generator
# states and call signatures (PEP 362).
# Written in weft after the documented behaviour of CPython 3.11's Lib/inspect.py (messages and reprs are
# CPython's). What weft cannot answer is left out: getsource()/getsourcelines()/findsource() (no tokenize,
# ast or linecache), signatures of builtins (no __text_signature__), classify_class_attrs, getclasstree, and
# the `positions` of frame records (no co_positions, f_lasti or dis); those records carry positions=None.

import abc
import collections.abc
import enum
import functools
import os
import sys
import types
from collections import OrderedDict, namedtuple
from keyword import iskeyword

__all__ = [
    'ArgInfo', 'Arguments', 'BoundArguments', 'CORO_CLOSED', 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED',
    'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR', 'CO_ITERABLE_COROUTINE', 'CO_NESTED', 'CO_NEWLOCALS',
    'CO_NOFREE', 'CO_OPTIMIZED', 'CO_VARARGS', 'CO_VARKEYWORDS', 'ClosureVars', 'FrameInfo', 'FullArgSpec',
    'GEN_CLOSED', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'Parameter', 'Signature',
    'TPFLAGS_IS_ABSTRACT', 'Traceback', 'cleandoc', 'currentframe', 'formatannotation',
    'formatannotationrelativeto', 'formatargvalues', 'get_annotations', 'getabsfile', 'getargs',
    'getargvalues', 'getattr_static', 'getcallargs', 'getclosurevars', 'getcoroutinelocals',
    'getcoroutinestate', 'getdoc', 'getfile', 'getframeinfo', 'getfullargspec', 'getgeneratorlocals',
    'getgeneratorstate', 'getinnerframes', 'getlineno', 'getmembers', 'getmembers_static', 'getmodule',
    'getmodulename', 'getmro', 'getouterframes', 'getsourcefile', 'indentsize', 'isabstract', 'isasyncgen',
    'isasyncgenfunction', 'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine',
    'iscoroutinefunction', 'isdatadescriptor', 'isframe', 'isfunction', 'isgenerator', 'isgeneratorfunction',
    'isgetsetdescriptor', 'ismemberdescriptor', 'ismethod', 'ismethoddescriptor', 'ismethodwrapper',
    'ismodule', 'isroutine', 'istraceback', 'signature', 'stack', 'trace', 'unwrap',
]

# code object flags (CPython: dis.COMPILER_FLAG_NAMES, turned into CO_* names)
CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20

_missing = object()     # "no value" where None is a value


def _distinct_type(name):
    # a types.* descriptor type weft really has, or None: weft spells several of CPython's builtin-callable
    # types (wrapper_descriptor, method-wrapper, ...) as builtin_function_or_method
    t = getattr(types, name, None)
    if t is None or (name != 'BuiltinFunctionType' and t is types.BuiltinFunctionType):
        return None
    return t


_MethodWrapperType = _distinct_type('MethodWrapperType')
_MemberDescriptorType = _distinct_type('MemberDescriptorType')
_GetSetDescriptorType = _distinct_type('GetSetDescriptorType')


# ---------------------------------------------------------------- annotations

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """Compute the annotations dict for an object (a class, module or callable); always a new dict."""
    # CPython: get_annotations -- a class's own annotations only; eval_str evaluates string annotations
    if isinstance(obj, type):
        ns = getattr(obj, '__dict__', None)
        ann = ns.get('__annotations__', None) if ns and hasattr(ns, 'get') else None
        if _GetSetDescriptorType is not None and isinstance(ann, _GetSetDescriptorType):
            ann = None
        default_globals = None
        modname = getattr(obj, '__module__', None)
        if modname:
            mod = sys.modules.get(modname, None)
            if mod:
                default_globals = getattr(mod, '__dict__', None)
        default_locals = dict(vars(obj))
        start = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        default_globals = getattr(obj, '__dict__')
        default_locals = None
        start = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        default_globals = getattr(obj, '__globals__', None)
        default_locals = None
        start = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")

    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)

    if start is not None:
        # the globals of the innermost wrapped function (through __wrapped__ and partials)
        while True:
            if hasattr(start, '__wrapped__'):
                start = start.__wrapped__
            elif isinstance(start, functools.partial):
                start = start.func
            else:
                break
        if hasattr(start, '__globals__'):
            default_globals = start.__globals__
    if globals is None:
        globals = default_globals
    if locals is None:
        locals = default_locals
    return {k: eval(v, globals, locals) if isinstance(v, str) else v for k, v in ann.items()}


# ---------------------------------------------------------------- type predicates

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor (has __get__ but no __set__), but not if ismethod(),
    isclass() or isfunction() are true."""
    # CPython: ismethoddescriptor -- the test is on the object's type
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (its type has __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (a __slots__ entry)."""
    # CPython: the "other implementations" form when types has no MemberDescriptorType
    return _MemberDescriptorType is not None and isinstance(object, _MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    return _GetSetDescriptorType is not None and isinstance(object, _GetSetDescriptorType)


def _unwrap_partial(func):
    # CPython: functools._unwrap_partial
    while isinstance(func, functools.partial):
        func = func.func
    return func


def _has_code_flag(f, flag):
    # CPython: _has_code_flag -- looks through bound methods and partials to a function (or look-alike)
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (async def)."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """Return true if the object can be passed to an ``await`` expression."""
    # CPython: isawaitable -- coroutines, generators marked by types.coroutine, objects with __await__
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return isinstance(object, collections.abc.Awaitable)


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper."""
    return _MethodWrapperType is not None and isinstance(object, _MethodWrapperType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)
            or ismethodwrapper(object))


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    # CPython: isabstract -- TPFLAGS_IS_ABSTRACT is set exactly when the class's own __abstractmethods__ is
    # non-empty; weft has no __flags__, so that entry is read directly
    if not isinstance(object, type):
        return False
    if object is not type and object.__dict__.get('__abstractmethods__'):
        return True
    if not issubclass(type(object), abc.ABCMeta):
        return False
    if '__abstractmethods__' in object.__dict__:
        return False            # ABCMeta.__new__ has run (CPython reads the class's own dict too)
    # still inside ABCMeta.__new__ (e.g. in __init_subclass__): look for abstract methods by hand
    for value in object.__dict__.values():
        if getattr(value, '__isabstractmethod__', False):
            return True
    for base in object.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(object, name, None), '__isabstractmethod__', False):
                return True
    return False


# ---------------------------------------------------------------- members

def _members(object, predicate, getter):
    # CPython: _getmembers -- names from dir(); a name getattr refuses is looked up in the class dicts
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    else:
        mro = ()
    seen = set()
    results = []
    for name in names:
        value = _missing
        if name not in seen:
            try:
                value = getter(object, name)
            except AttributeError:
                pass
        if value is _missing:
            for base in mro:
                if name in base.__dict__:
                    value = base.__dict__[name]
                    break
            else:
                continue        # a slot without a value, or a __dir__ that lies
        if not predicate or predicate(value):
            results.append((name, value))
        seen.add(name)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name, optionally only those for
    which predicate(value) is true."""
    return _members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers(), without running descriptors, __getattr__ or __getattribute__."""
    return _members(object, predicate, getattr_static)


def getmro(cls):
    """Return the tuple of base classes (including cls) in method resolution order."""
    return cls.__mro__


# ---------------------------------------------------------------- getattr_static

def _static_mro(klass):
    # the real __mro__, whatever a metaclass's __getattribute__ says (CPython: _static_getmro)
    return type.__getattribute__(klass, '__mro__')


def _dict_shadowed(klass):
    # CPython: _shadowed_dict -- a class along the MRO that puts something else than the standard
    # descriptor under "__dict__" (weft keeps no such entry in class dicts, so any entry shadows)
    for entry in _static_mro(klass):
        try:
            found = type.__getattribute__(entry, '__dict__')['__dict__']
        except KeyError:
            continue
        if not (_GetSetDescriptorType is not None and type(found) is _GetSetDescriptorType
                and found.__objclass__ is entry):
            return found
    return _missing


def _class_lookup(klass, attr):
    # CPython: _check_class
    for entry in _static_mro(klass):
        if _dict_shadowed(type(entry)) is _missing:
            ns = type.__getattribute__(entry, '__dict__')
            if attr in ns:
                return ns[attr]
    return _missing


def getattr_static(obj, attr, default=_missing):
    """Retrieve an attribute without triggering dynamic lookup via the descriptor protocol, __getattr__ or
    __getattribute__."""
    # CPython: getattr_static -- instance dict, then class dicts along the MRO (a data descriptor found in
    # a class wins over the instance dict), then for a class its metaclass's dicts
    instance_value = _missing
    if not issubclass(type(obj), type):
        klass = type(obj)
        shadow = _dict_shadowed(klass)
        if shadow is _missing or (_MemberDescriptorType is not None and type(shadow) is _MemberDescriptorType):
            try:
                ns = object.__getattribute__(obj, '__dict__')
            except AttributeError:
                ns = {}
            instance_value = dict.get(ns, attr, _missing)
    else:
        klass = obj

    class_value = _class_lookup(klass, attr)

    if instance_value is not _missing and class_value is not _missing:
        kind = type(class_value)
        if _class_lookup(kind, '__get__') is not _missing and _class_lookup(kind, '__set__') is not _missing:
            return class_value
    if instance_value is not _missing:
        return instance_value
    if class_value is not _missing:
        return class_value

    if obj is klass:
        for entry in _static_mro(type(klass)):
            if _dict_shadowed(type(entry)) is _missing:
                ns = type.__getattribute__(entry, '__dict__')
                if attr in ns:
                    return ns[attr]
    if default is not _missing:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------- unwrap, docstrings

def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes and return the last object in it. stop(obj) may end the
    walk early. ValueError is raised on a cycle."""
    # CPython: unwrap -- objects remembered by id (they may be unhashable); the chain may not be longer than
    # the recursion limit
    first = func
    seen = {id(func): func}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and (stop is None or not stop(func)):
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(first))
        seen[id(func)] = func
    return func


def indentsize(line):
    """Return the indent size, in spaces, at the start of a line of text."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def _findclass(func):
    # the class a function was defined in, from its __qualname__ (CPython: _findclass)
    owner = sys.modules.get(func.__module__)
    if owner is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        owner = getattr(owner, part)
    return owner if isclass(owner) else None


def _inherited_doc(obj):
    # CPython: _finddoc -- a method without a docstring takes the one of the method it overrides
    if isclass(obj):
        for base in obj.__mro__:
            if base is object:
                continue
            try:
                doc = base.__doc__
            except AttributeError:
                continue
            if doc is not None:
                return doc
        return None

    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if not (isclass(owner) and getattr(getattr(owner, name, None), '__func__') is obj.__func__):
            owner = owner.__class__     # not a classmethod: the instance's class
    elif isfunction(obj):
        name = obj.__name__
        owner = _findclass(obj)
        if owner is None or getattr(owner, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        if not (isclass(owner) and owner.__qualname__ + '.' + name == obj.__qualname__):
            owner = owner.__class__
    elif isinstance(obj, property):
        name = obj.fget.__name__
        owner = _findclass(obj.fget)
        if owner is None or getattr(owner, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        owner = obj.__objclass__
        if getattr(owner, name) is not obj:
            return None
        if ismemberdescriptor(obj):
            slots = getattr(owner, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in owner.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """Get the documentation string for an object, cleaned up with cleandoc(); inherited from the
    overridden method or a base class when the object has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    """Clean up indentation from docstrings: tabs are expanded, the first line is stripped on the left, the
    common indentation of the other lines is removed, and leading and trailing blank lines are dropped."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        text = line.lstrip()
        if text:
            indent = len(line) - len(text)
            if margin is None or indent < margin:
                margin = indent
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


# ---------------------------------------------------------------- files and modules

def getfile(object):
    """Work out which source or compiled file an object was defined in."""
    # CPython: getfile -- messages included
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object was expected, '
                    'got {}'.format(type(object).__name__))


# weft imports only Python source; these are the suffixes CPython's importlib.machinery.all_suffixes()
# starts with
_SOURCE_SUFFIXES = ('.py',)
_BYTECODE_SUFFIXES = ('.pyc',)


def getmodulename(path):
    """Return the module name for a given file, or None."""
    base = os.path.basename(path)
    for suffix in sorted(_SOURCE_SUFFIXES + _BYTECODE_SUFFIXES, key=len, reverse=True):
        if base.endswith(suffix):
            return base[:-len(suffix)]
    return None


def getsourcefile(object):
    """Return the filename that can be used to locate an object's source, or None."""
    # CPython: getsourcefile -- a .pyc names its .py; a file that does not exist is kept only when the
    # module has a loader
    filename = getfile(object)
    if filename.endswith(_BYTECODE_SUFFIXES):
        filename = os.path.splitext(filename)[0] + _SOURCE_SUFFIXES[0]
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, '__spec__', None), 'loader', None) is not None:
        return filename
    return None


def getabsfile(object, _filename=None):
    """Return an absolute, normalised path to the source or compiled file for an object."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


_module_by_file = {}        # absolute file -> module name
_file_by_module = {}        # module name -> the __file__ already entered in _module_by_file


def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if not found."""
    # CPython: getmodule -- __module__ first, then the object's file among the loaded modules' files, then
    # the same object in __main__ or builtins
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None and _filename in _module_by_file:
        return sys.modules.get(_module_by_file[_filename])
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    if file not in _module_by_file:
        for name, module in sys.modules.copy().items():
            if not (ismodule(module) and hasattr(module, '__file__')):
                continue
            f = module.__file__
            if f == _file_by_module.get(name, None):
                continue
            _file_by_module[name] = f
            f = getabsfile(module)
            _module_by_file[f] = _module_by_file[os.path.realpath(f)] = module.__name__
    if file in _module_by_file:
        return sys.modules.get(_module_by_file[file])
    if not hasattr(object, '__name__'):
        return None
    for modname in ('__main__', 'builtins'):
        module = sys.modules[modname]
        if hasattr(module, object.__name__) and getattr(module, object.__name__) is object:
            return module
    return None


# ---------------------------------------------------------------- arguments from code objects

Arguments = namedtuple('Arguments', 'args, varargs, varkw')


def getargs(co):
    """Get (args, varargs, varkw) of a code object; keyword-only names are appended to args."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    npos = co.co_argcount
    nall = npos + co.co_kwonlyargcount
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[nall]
        nall += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[nall]
    return Arguments(list(names[:npos + co.co_kwonlyargcount]), varargs, varkw)


FullArgSpec = namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """Get the names and default values of a callable object's parameters, as a FullArgSpec. Unlike
    signature(), "self" is kept for bound methods and __wrapped__ is not followed."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False, skip_bound_arg=False,
                                       sigcls=Signature, eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex

    posonly = []
    args = []
    varargs = varkw = None
    kwonly = []
    defaults = ()
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for p in sig.parameters.values():
        if p.kind is _POSITIONAL_ONLY or p.kind is _POSITIONAL_OR_KEYWORD:
            (posonly if p.kind is _POSITIONAL_ONLY else args).append(p.name)
            if p.default is not p.empty:
                defaults += (p.default,)
        elif p.kind is _VAR_POSITIONAL:
            varargs = p.name
        elif p.kind is _KEYWORD_ONLY:
            kwonly.append(p.name)
            if p.default is not p.empty:
                kwdefaults[p.name] = p.default
        else:
            varkw = p.name
        if p.annotation is not p.empty:
            annotations[p.name] = p.annotation
    # None rather than empty, as __defaults__ and __kwdefaults__ are
    return FullArgSpec(posonly + args, varargs, varkw, defaults or None, kwonly, kwdefaults or None, annotations)


ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    """Get (args, varargs, varkw, locals) of the call a frame runs."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatannotation(annotation, base_module=None):
    # CPython: formatannotation -- typing objects by their repr without "typing." prefixes, classes by
    # qualified name (the module left out for builtins and base_module)
    if getattr(annotation, '__module__', None) == 'typing':
        return _drop_typing_prefixes(repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _drop_typing_prefixes(text):
    # each run of word characters and dots (regex [\w.]+) loses a leading "typing."
    out = []
    i = 0
    n = len(text)
    while i < n:
        j = i
        while j < n and (text[j].isalnum() or text[j] in '_.'):
            j += 1
        if j == i:
            out.append(text[i])
            i += 1
        else:
            out.append(text[i:j].removeprefix('typing.'))
            i = j
    return ''.join(out)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


def formatargvalues(args, varargs, varkw, locals, formatarg=str, formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name, formatvalue=lambda value: '=' + repr(value)):
    """Format an argument spec from the four values returned by getargvalues()."""
    specs = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def _quoted_list(names):
    # 'a', 'a' and 'b', 'a', 'b' and 'c'
    names = [repr(name) for name in names]
    if len(names) == 1:
        return names[0]
    return ', '.join(names[:-1]) + ' and ' + names[-1]


def getcallargs(func, /, *positional, **named):
    """Get the mapping of argument names (including the * and ** names) to the values a call with the
    given arguments would bind; TypeError as the call itself would raise."""
    # CPython: getcallargs, _missing_arguments, _too_many (messages in the interpreter's words)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, _ = getfullargspec(func)
    f_name = func.__name__
    values = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    npos = len(positional)
    nargs = len(args)
    ndefaults = len(defaults) if defaults else 0

    for name, value in zip(args, positional):
        values[name] = value
    if varargs:
        values[varargs] = tuple(positional[nargs:])
    accepted = set(args + kwonlyargs)
    if varkw:
        values[varkw] = {}
    for key, value in named.items():
        if key not in accepted:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r' % (f_name, key))
            values[varkw][key] = value
        elif key in values:
            raise TypeError('%s() got multiple values for argument %r' % (f_name, key))
        else:
            values[key] = value

    if npos > nargs and not varargs:
        required = nargs - ndefaults
        kw_given = sum(1 for name in kwonlyargs if name in values)
        if ndefaults:
            takes, plural = 'from %d to %d' % (required, nargs), True
        else:
            takes, plural = str(nargs), nargs != 1
        extra = ''
        if kw_given:
            extra = ' positional argument%s (and %d keyword-only argument%s)' % (
                's' if npos != 1 else '', kw_given, 's' if kw_given != 1 else '')
        raise TypeError('%s() takes %s positional argument%s but %d%s %s given' % (
            f_name, takes, 's' if plural else '', npos, extra,
            'was' if npos == 1 and not kw_given else 'were'))

    if npos < nargs:
        required = args[:nargs - ndefaults]
        lacking = [name for name in required if name not in values]
        if lacking:
            raise TypeError('%s() missing %i required positional argument%s: %s' % (
                f_name, len(lacking), '' if len(lacking) == 1 else 's', _quoted_list(lacking)))
        for i, name in enumerate(args[nargs - ndefaults:]):
            if name not in values:
                values[name] = defaults[i]
    lacking = []
    for name in kwonlyargs:
        if name not in values:
            if kwonlydefaults and name in kwonlydefaults:
                values[name] = kwonlydefaults[name]
            else:
                lacking.append(name)
    if lacking:
        raise TypeError('%s() missing %i required keyword-only argument%s: %s' % (
            f_name, len(lacking), '' if len(lacking) == 1 else 's', _quoted_list(lacking)))
    return values


ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """Get the nonlocal, global and builtin names a function's body refers to, with their current values,
    and the set of names that are bound nowhere."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    nonlocals = {}
    if func.__closure__ is not None:
        for name, cell in zip(code.co_freevars, func.__closure__):
            nonlocals[name] = cell.cell_contents
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', sys.modules['builtins'].__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    globals_found = {}
    builtins_found = {}
    unbound = set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        if name in global_ns:
            globals_found[name] = global_ns[name]
        elif name in builtin_ns:
            builtins_found[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocals, globals_found, builtins_found, unbound)


# ---------------------------------------------------------------- frames

class Traceback(namedtuple('_Traceback', 'filename lineno function code_context index')):
    # positions: always None in weft (no co_positions)
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, index={!r}, '
                'positions={!r})'.format(self.filename, self.lineno, self.function, self.code_context,
                                         self.index, self.positions))


class FrameInfo(namedtuple('_FrameInfo', 'frame filename lineno function code_context index')):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(self.frame, self.filename, self.lineno, self.function,
                                                     self.code_context, self.index, self.positions))


_line_cache = {}    # filename -> (mtime, size, lines)


def _file_lines(filename):
    # the lines of a source file, with their ends, as linecache.getlines gives them; [] when unreadable
    try:
        st = os.stat(filename)
    except (OSError, ValueError):
        return []
    cached = _line_cache.get(filename)
    if cached is not None and cached[0] == st.st_mtime and cached[1] == st.st_size:
        return cached[2]
    try:
        with open(filename, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    _line_cache[filename] = (st.st_mtime, st.st_size, lines)
    return lines


def getframeinfo(frame, context=1):
    """Get (filename, lineno, function, code_context, index) for a frame or traceback object, with
    `context` lines of source centred on the current line."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    lines = index = None
    if context > 0:
        source = _file_lines(filename)
        first = frame.f_code.co_firstlineno - 1
        if source and not (first > 0 and first >= len(source)):     # CPython: findsource's OSErrors
            # CPython: getframeinfo -- the window is moved to stay inside the file
            start = max(0, min(lineno - 1 - context // 2, len(source) - context))
            lines = source[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    """Get the line number from a frame object."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """Get a FrameInfo for a frame and each of its callers, innermost first."""
    records = []
    while frame:
        info = getframeinfo(frame, context)
        records.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """Get a FrameInfo for a traceback's frame and each frame below it, outermost first."""
    records = []
    while tb:
        info = getframeinfo(tb, context)
        records.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return records


def currentframe():
    """Return the frame of the caller or None if this is not possible."""
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


def stack(context=1):
    """Return a FrameInfo for each frame on the stack above the caller's, innermost first."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """Return a FrameInfo for each frame between the current frame and where the exception being handled
    was raised."""
    return getinnerframes(sys.exc_info()[2], context)


# ---------------------------------------------------------------- generator and coroutine states

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """Get the current state of a generator: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """Get the mapping of a generator's local variables to their current values."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, 'gi_frame', None)
    return frame.f_locals if frame is not None else {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """Get the current state of a coroutine: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    """Get the mapping of a coroutine's local variables to their current values."""
    frame = getattr(coroutine, 'cr_frame', None)
    return frame.f_locals if frame is not None else {}


# ---------------------------------------------------------------- Signature objects (PEP 362)

class _void:
    """Marks an argument of replace() that was not given."""


class _empty:
    """Signature.empty and Parameter.empty: no annotation, no default."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


class Parameter:
    """A parameter in a function signature: name, kind (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD,
    VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD), default and annotation (Parameter.empty when absent)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        # CPython: Parameter.__init__ -- the checks in its order, with its messages
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(self._kind.description))
        self._default = default
        self._annotation = annotation

        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[0] == '.' and name[1:].isdigit():
            # the hidden ".0" argument of a comprehension's code: shown as positional-only "implicit0"
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword arguments, '
                                 'not {}'.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        if (iskeyword(name) and self._kind is not _POSITIONAL_ONLY) or not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy of the parameter with the given fields changed."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        # CPython: Parameter.__str__ -- "name: ann = default" with an annotation, "name=default" without
        text = self._name
        if self._annotation is not _empty:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if self._annotation is not _empty else '=') + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            return '*' + text
        if self._kind == _VAR_KEYWORD:
            return '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind(): `arguments` maps parameter names to values (defaults not included
    until apply_defaults()); `args` and `kwargs` give them back as a call would take them."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        # CPython: BoundArguments.args -- leading bound parameters up to the first keyword-only one or the
        # first one not bound
        out = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                out.extend(self.arguments[name])
            else:
                out.append(self.arguments[name])
        return tuple(out)

    @property
    def kwargs(self):
        # CPython: BoundArguments.kwargs -- whatever .args could not carry: everything bound from the first
        # keyword-only parameter, or from the first parameter left unbound, on
        out = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
                else:
                    continue
            if name in self.arguments:
                if param.kind == _VAR_KEYWORD:
                    out.update(self.arguments[name])
                else:
                    out[name] = self.arguments[name]
        return out

    def apply_defaults(self):
        """Set default values for missing arguments: the parameter's default, () for *args, {} for
        **kwargs."""
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind is _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind is _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        parts = ['{}={!r}'.format(name, value) for name, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(parts))


class Signature:
    """The signature of a callable: an ordered mapping `parameters` of names to Parameter objects and a
    `return_annotation` (Signature.empty when absent); bind() and bind_partial() map call arguments to
    parameters."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = OrderedDict()
        if parameters is not None and __validate_parameters__:
            # CPython: Signature.__init__ -- kinds in order; within the positional kinds, no parameter
            # without a default after one with; no name twice
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError('wrong parameter order: {} parameter before {} parameter'.format(
                        top_kind.description, kind.description))
                if kind > top_kind:
                    top_kind = kind
                    seen_default = False
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is not _empty:
                        seen_default = True
                    elif seen_default:
                        raise ValueError('non-default argument follows default argument')
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(name))
                params[name] = param
        elif parameters is not None:
            for param in parameters:
                params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The signature of a callable (see signature())."""
        return _signature_from_callable(obj, sigcls=cls, follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals, eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy of the signature with the given parameters and/or return annotation."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        # keyword-only parameters compare regardless of their order
        ordered = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        by_name = {p.name: p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY}
        return ordered, by_name, self.return_annotation

    def __hash__(self):
        ordered, by_name, ret = self._hash_basis()
        return hash((ordered, frozenset(by_name.values()), ret))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        # CPython: Signature._bind -- first the positional arguments against the parameters in order, then
        # the keyword arguments against the parameters left; the same errors in the same order
        arguments = {}
        params = list(self.parameters.values())
        i = 0           # next parameter
        nargs = len(args)
        pos = 0         # next positional argument
        while True:
            if pos == nargs:
                if i == len(params):
                    break
                param = params[i]
                if param.kind == _VAR_POSITIONAL:
                    i += 1          # an empty *args
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError('{!r} parameter is positional only, but was passed as a keyword'
                                        .format(param.name))
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty or partial:
                    break
                raise TypeError('missing a required argument: {!r}'.format(param.name))
            if i == len(params) or params[i].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments')
            param = params[i]
            i += 1
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[pos:])
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name))
            arguments[param.name] = args[pos]
            pos += 1

        var_keyword = None
        for param in params[i:]:
            if param.kind == _VAR_KEYWORD:
                var_keyword = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was passed as a keyword'
                                    .format(param.name))
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(param.name))

        if kwargs:
            if var_keyword is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
            arguments[var_keyword.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Get a BoundArguments object that maps the passed args and kwargs to the signature's parameters.
        Raises TypeError if they cannot be bound."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        # CPython: Signature.__str__ -- "/" after the last positional-only parameter, "*" before the first
        # keyword-only one unless a *args is there
        parts = []
        open_posonly = False
        need_star = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                open_posonly = True
            elif open_posonly:
                parts.append('/')
                open_posonly = False
            if kind == _VAR_POSITIONAL:
                need_star = False
            elif kind == _KEYWORD_ONLY and need_star:
                parts.append('*')
                need_star = False
            parts.append(str(param))
        if open_posonly:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self.return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self.return_annotation))
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: its parameters and return annotation."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals,
                                   eval_str=eval_str)


# ---- how signatures are found

# CPython: _NonUserDefinedCallables (weft spells all of them builtin_function_or_method)
_NonUserDefinedCallables = (types.WrapperDescriptorType, types.MethodWrapperType,
                            types.ClassMethodDescriptorType, types.BuiltinFunctionType)


def _signature_get_user_defined_method(cls, method_name):
    # the attribute, unless missing or implemented in C (CPython: _signature_get_user_defined_method)
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if isinstance(meth, _NonUserDefinedCallables):
        return None
    return meth


def _signature_is_builtin(obj):
    return (isbuiltin(obj) or ismethoddescriptor(obj) or isinstance(obj, _NonUserDefinedCallables)
            or obj in (type, object))


def _signature_is_functionlike(obj):
    # a duck-typed function: __name__, __code__, __defaults__, __kwdefaults__ and __annotations__ of the
    # right types (CPython: _signature_is_functionlike)
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and isinstance(name, str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (annotations is None or isinstance(annotations, dict)))


def _signature_bound_method(sig):
    # the signature with its first parameter (self or cls) dropped; a leading *args stays
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    return sig.replace(parameters=params)


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    # CPython: _signature_get_partial -- parameters a partial fills positionally disappear; one it fills by
    # keyword gets that default and becomes keyword-only, and so do all the parameters after it (a *args
    # after it disappears)
    args = partial.args or ()
    keywords = partial.keywords or {}
    if extra_args:
        args = extra_args + args
    try:
        bound = wrapped_sig.bind_partial(*args, **keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex

    new_params = OrderedDict(wrapped_sig.parameters.items())
    to_kwonly = False
    for name, param in wrapped_sig.parameters.items():
        if name in bound.arguments:
            value = bound.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                del new_params[name]
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name not in keywords:
                    del new_params[name]
                    continue
                to_kwonly = True
                new_params[name] = param.replace(default=value)
            elif param.kind is _KEYWORD_ONLY:
                new_params[name] = param.replace(default=value)
        if to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_params[name] = new_params[name].replace(kind=_KEYWORD_ONLY)
                new_params.move_to_end(name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params.move_to_end(name)
            elif param.kind is _VAR_POSITIONAL:
                del new_params[name]
    return wrapped_sig.replace(parameters=new_params.values())


def _signature_from_builtin(cls, func, skip_bound_arg=True):
    if not _signature_is_builtin(func):
        raise TypeError("{!r} is not a Python builtin function".format(func))
    if func is object and not getattr(func, '__text_signature__', None):
        return cls()        # CPython's object.__text_signature__ is "()"; weft's object has none
    # weft's builtins carry no __text_signature__ to parse
    raise ValueError("no signature found for builtin {!r}".format(func))


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None, eval_str=False):
    # CPython: _signature_from_function -- parameters from the code object: co_varnames holds the
    # positional names, then the keyword-only ones, then *args, then **kwargs
    duck = False
    if not isfunction(func):
        if not _signature_is_functionlike(func):
            raise TypeError('{!r} is not a Python function'.format(func))
        duck = True
    Param = cls._parameter_cls
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__
    first_default = npos - len(defaults)

    params = []
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Param(name, kind, default=default, annotation=annotations.get(name, _empty)))
    index = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.append(Param(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        index += 1
    for name in names[npos:npos + nkwonly]:
        default = kwdefaults.get(name, _empty) if kwdefaults is not None else _empty
        params.append(Param(name, _KEYWORD_ONLY, default=default, annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Param(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    # a real function's parameters are in order by construction; a look-alike's are checked
    return cls(params, return_annotation=annotations.get('return', _empty), __validate_parameters__=duck)


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True, globals=None,
                             locals=None, eval_str=False, sigcls):
    # CPython: _signature_from_callable -- tried in this order: bound methods, __wrapped__ chains,
    # __signature__, partialmethod, functions, builtins, partials, classes, instances with __call__
    def again(o):
        return _signature_from_callable(o, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, globals=globals, locals=locals,
                                        eval_str=eval_str, sigcls=sigcls)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, types.MethodType):
        sig = again(obj.__func__)
        return _signature_bound_method(sig) if skip_bound_arg else sig

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__') or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return again(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig

    try:
        partialmethod = obj._partialmethod
    except AttributeError:
        pass
    else:
        if isinstance(partialmethod, functools.partialmethod):
            # an unbound partialmethod: a partial whose first argument (self) is still to come
            wrapped_sig = again(partialmethod.func)
            sig = _signature_get_partial(wrapped_sig, partialmethod, (None,))
            first = tuple(wrapped_sig.parameters.values())[0]
            if first.kind is _VAR_POSITIONAL:
                return sig
            return sig.replace(parameters=(first,) + tuple(sig.parameters.values()))

    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, eval_str=eval_str)

    if _signature_is_builtin(obj):
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)

    if isinstance(obj, functools.partial):
        return _signature_get_partial(again(obj.func), obj)

    sig = None
    if isinstance(obj, type):
        # a metaclass __call__ first, then the class's own __new__ or __init__, then inherited ones
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            sig = again(call)
        else:
            new = _signature_get_user_defined_method(obj, '__new__')
            init = _signature_get_user_defined_method(obj, '__init__')
            if '__new__' in obj.__dict__:
                factory = new
            elif '__init__' in obj.__dict__:
                factory = init
            else:
                factory = new if new is not None else init
            if factory is not None:
                sig = again(factory)
        if sig is None:
            # only builtin __new__/__init__ (weft's builtin types have no __text_signature__)
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    return sigcls.from_callable(object)
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
    elif not isinstance(obj, _NonUserDefinedCallables):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            try:
                sig = again(call)
            except ValueError as ex:
                raise ValueError('no signature found for {!r}'.format(obj)) from ex

    if sig is not None:
        # __call__, __new__ and __init__ receive the object or class first
        return _signature_bound_method(sig) if skip_bound_arg else sig

    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError('no signature found for builtin function {!r}'.format(obj))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))
