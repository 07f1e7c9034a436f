# super outside a class, __class__, an assigned __qualname__, __eq__ without __hash__, type()'s __module__, code attributes
def f(self):
    return super(object, self)
print(type(f(1)).__name__)
def g():
    return super()
try:
    g()
except RuntimeError as e:
    print(e)
class A:
    def m(self):
        return __class__
    def n(self):
        def inner(x):
            return super().__repr__
        return inner(self)
print(A().m().__name__, A().n() is not None)
class P: pass
P.__qualname__ = "X"
class Q(P): pass
print(Q.__qualname__, P.__qualname__)
class E:
    def __eq__(self, o): return True
try:
    hash(E())
except TypeError as e:
    print(e)
print(E.__hash__, "__hash__" in E.__dict__)
T = type("T", (), {})
print(T.__module__, T)
def h(a, b=1, *args, c, **kw):
    x = 1
    return x
co = h.__code__
print(co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames, co.co_nlocals, co.co_name, co.co_firstlineno)
