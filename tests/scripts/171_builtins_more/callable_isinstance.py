# callable() on functions/classes/instances/builtins, isinstance/issubclass with tuples and | unions for input validation
class Greeter:
    def __call__(self, name): return f"hi {name}"
class Plain: pass
things = [len, print, Greeter, Greeter(), Plain(), lambda: 0, "str", str.upper, "x".upper, 3, None, type]
print([callable(t) for t in things])
def validate(value):
    if isinstance(value, bool):
        return "flag"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, (str, bytes)):
        return "text"
    if isinstance(value, (list, tuple, set)) and all(isinstance(v, int) for v in value):
        return "int collection"
    return "unsupported " + type(value).__name__
print([validate(v) for v in [True, 3, 2.5, "s", b"b", [1, 2], (1, "a"), {3}, None, {"k": 1}]])
print(issubclass(bool, int | str), issubclass(Greeter, (Plain, object)), isinstance(Greeter(), Plain | Greeter))
print(isinstance(3, (list, (dict, (int,)))), isinstance(None, type(None)), isinstance(int, type), isinstance("a", object))
isinstance(3, "int")
