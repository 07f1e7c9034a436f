# The signal module: the _signal module's functions (stdlib/_signal/, C++) with the numbers as enums, as
# CPython's Lib/signal.py presents them (Signals, Handlers, Sigmasks; signal() and getsignal() answer with them).
import _signal
from _signal import *
from enum import IntEnum as _IntEnum



def _make_enum(name, wanted):
    """An IntEnum of the module's constants whose names pass `wanted`, sorted by value then name (so that an alias
    such as SIGIOT follows SIGABRT), which also replace the plain ints in the module (CPython: Enum._convert_)."""
    namespace = globals()
    members = sorted(((n, v) for n, v in namespace.items() if wanted(n)), key=lambda item: (item[1], item[0]))
    enum_class = _IntEnum(name, members, module=__name__)
    for member_name in enum_class.__members__:
        namespace[member_name] = enum_class[member_name]
    return enum_class


Signals = _make_enum('Signals', lambda n: n.isupper() and n.startswith('SIG') and not n.startswith('SIG_'))
Handlers = _make_enum('Handlers', lambda n: n in ('SIG_DFL', 'SIG_IGN'))
Sigmasks = _make_enum('Sigmasks', lambda n: n in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _to_enum(value, enum_class):
    """A handler or signal number as its enum member when it has one (CPython: signal._int_to_enum)."""
    try:
        return enum_class(value)
    except ValueError:
        return value


def _to_int(value):
    return int(value) if isinstance(value, _IntEnum) else value


def signal(signalnum, handler):
    return _to_enum(_signal.signal(_to_int(signalnum), _to_int(handler)), Handlers)


def getsignal(signalnum):
    return _to_enum(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    return {_to_enum(x, Signals) for x in _signal.valid_signals()}

