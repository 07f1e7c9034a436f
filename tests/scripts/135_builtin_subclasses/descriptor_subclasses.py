# classes derived from property, classmethod and staticmethod (abc's deprecated abstract* decorators among them)
import abc
class P(abc.abstractproperty):
    pass
class C(abc.ABC):
    @abc.abstractclassmethod
    def make(cls): ...
    @abc.abstractstaticmethod
    def s(): ...
    @P
    def q(self): ...
print(sorted(C.__abstractmethods__), type(C.__dict__['make']).__name__)
class D(C):
    @classmethod
    def make(cls): return cls
    @staticmethod
    def s(): return 1
    q = 5
print(D.make(), D.s(), D().q)
class myprop(property):
    def __init__(self, fget, extra=None):
        super().__init__(fget)
        self.extra = extra
class E:
    @myprop
    def v(self): return 42
    @v.setter
    def v(self, val): print("set", val)
e = E(); print(e.v, type(E.__dict__['v']).__name__); e.v = 3
