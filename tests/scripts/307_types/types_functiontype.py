# types.FunctionType/MethodType: building functions from code objects, names/qualnames, binding methods manually
import types

def outer():
    def inner(a, b=2):
        "inner doc"
        return a + b
    return inner
inner = outer()
print(inner.__name__, inner.__qualname__, inner.__doc__, inner.__defaults__, inner.__module__)
class C:
    pass
def describe(self, suffix):
    return f"{type(self).__name__}:{suffix}"
c = C()
m = types.MethodType(describe, c)
print(m("!"), m.__func__ is describe, m.__self__ is c, m.__name__, type(m).__name__)
c.describe = m
print(c.describe("bound"))
bound_to_class = types.MethodType(lambda cls: cls.__name__, C)
print(bound_to_class())
lam = lambda: None
print(lam.__name__, lam.__qualname__, types.LambdaType.__name__)
def f():
    pass
f.__name__ = "g"
print(f.__name__, f.__qualname__)
