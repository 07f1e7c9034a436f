# abstract classmethod/staticmethod/property combos, abstract setters, concrete super() calls into abstract bodies
import abc
from abc import ABC, abstractmethod

class Store(ABC):
    @classmethod
    @abstractmethod
    def open(cls, path):
        return f"base open {path}"
    @staticmethod
    @abstractmethod
    def kind():
        return "base"
    @property
    @abstractmethod
    def size(self):
        return 0
    @size.setter
    @abstractmethod
    def size(self, v): ...

print(sorted(Store.__abstractmethods__), Store.__dict__["size"].__isabstractmethod__)
class Mem(Store):
    @classmethod
    def open(cls, path):
        return super().open(path) + f" via {cls.__name__}"
    @staticmethod
    def kind():
        return "mem/" + Store.kind()
    @property
    def size(self):
        return self._s
    @size.setter
    def size(self, v):
        self._s = v
m = Mem()
m.size = 5
print(Mem.open("/x"), Mem.kind(), m.size)
for name in ("abstractclassmethod", "abstractstaticmethod", "abstractproperty"):
    print(name, hasattr(abc, name))
class Legacy(ABC):
    @abc.abstractproperty
    def p(self): ...
    @abc.abstractclassmethod
    def c(cls): ...
    @abc.abstractstaticmethod
    def s(): ...
print(sorted(Legacy.__abstractmethods__))
class NoSetter(Store):
    open = classmethod(lambda cls, p: p)
    kind = staticmethod(lambda: "k")
    size = property(lambda self: 1)
print(NoSetter().size, NoSetter.open("p"), NoSetter.kind())
print(abstractmethod(lambda: 1).__isabstractmethod__, property(abstractmethod(lambda s: 1)).__isabstractmethod__)
