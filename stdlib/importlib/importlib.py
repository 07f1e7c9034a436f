# importlib: import_module and reload (CPython: Lib/importlib/__init__.py's API; the import itself is the VM's).
import sys


def _resolve_name(name, package, level):
    # CPython: importlib._bootstrap._resolve_name
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for "
                            f"{name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def reload(module):
    if type(module) is not type(sys):
        raise TypeError('reload() argument must be a module')
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    _reload(module)
    return sys.modules[name]


def invalidate_caches():
    pass
