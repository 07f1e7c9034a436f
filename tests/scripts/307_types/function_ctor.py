# types.FunctionType(code, globals, name, argdefs, closure) builds new functions from existing code objects
import types

def outer():
    k = 5
    def inner(a, b=2):
        return a + b + k
    return inner
inner = outer()
clone = types.FunctionType(inner.__code__, inner.__globals__, "renamed", (10,), inner.__closure__)
print(clone.__name__, clone.__qualname__, clone(1), clone.__defaults__)
def add(x, y=1):
    return x + y
g = types.FunctionType(add.__code__, {"__builtins__": __builtins__})
print(g.__name__, g(1, 2), g.__defaults__)
try:
    types.FunctionType(inner.__code__, {})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    types.FunctionType(add.__code__, None)
except TypeError as e:
    print(type(e).__name__ + ":", e)
