# private names: `__name` inside a class body (its methods, lambdas and comprehensions too) becomes
# `_Class__name` for attributes, locals, parameters, annotations and globals; dunder names and classes named
# only with underscores are left alone
class A:
    def __init__(self):
        self.__x = 1
        self.__y__ = "dunder"

    def a(self):
        return self.__x

    def __private(self):
        return "private"

    def call(self):
        return self.__private()


class B(A):
    def __init__(self):
        super().__init__()
        self.__x = 2

    def b(self):
        return self.__x


b = B()
print(b.a(), b.b(), sorted(vars(b)), b.call())
print(sorted(k for k in A.__dict__ if not k.startswith("__")))
try:
    b.__x
except AttributeError as e:
    print(e)


class _Under:
    __slot: int = 3
    def m(self, __arg):
        return __arg
    def lam(self):
        f = lambda __v: __v + 1
        return f(1), [__i for __i in range(2)]


print(_Under.__annotations__, _Under._Under__slot, _Under().m(5), _Under().lam())
try:
    _Under().m(__arg=1)
except TypeError as e:
    print(e)


class Outer:
    class __Inner:
        pass
    def get(self):
        return self.__Inner.__name__, self.__Inner.__qualname__


print(Outer().get(), hasattr(Outer, "_Outer__Inner"))
__g = "module-level"


class UsesGlobal:
    def f(self):
        try:
            return __g
        except NameError as e:
            return str(e)


print(UsesGlobal().f())


class ___:
    __z = 1


print(sorted(k for k in ___.__dict__ if "z" in k))
