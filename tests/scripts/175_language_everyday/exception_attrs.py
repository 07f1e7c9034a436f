# built-in exception attributes and messages: KeyError repr, StopIteration.value, UnicodeError, OSError subclasses
try:
    {}[("a", 1)]
except KeyError as e:
    print(type(e).__name__ + ":", e, e.args)
try:
    {}[""]
except KeyError as e:
    print(type(e).__name__ + ":", e)
e = KeyError("multi", "args")
print(str(e), repr(e))
print(str(StopIteration(5)), StopIteration(5).value, StopIteration().value)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    (1, 2).index(5)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    import nosuchmodule_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", e, e.name, isinstance(e, ImportError))
try:
    from math import nosuchname
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__ + ":", e, e.errno, e.filename)
try:
    "abc".foo
except AttributeError as e:
    print(type(e).__name__ + ":", e, e.name, e.obj)
try:
    None.x
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    int.nope
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    type("X", (), {})().missing
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(ArithmeticError.__subclasses__()[:3], LookupError.__subclasses__()[:2], Warning.__mro__[1].__name__)
print(repr(RecursionError("deep")), issubclass(RecursionError, RuntimeError), issubclass(TimeoutError, OSError))
