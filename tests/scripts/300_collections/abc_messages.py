# abc "Can't instantiate abstract class" messages: one/many methods (sorted), properties, after partial override
from abc import ABC, ABCMeta, abstractmethod

class One(ABC):
    @abstractmethod
    def run(self): ...
class Many(ABC):
    @abstractmethod
    def zeta(self): ...
    @abstractmethod
    def alpha(self): ...
    @property
    @abstractmethod
    def mid(self): ...
class Partial(Many):
    def alpha(self):
        return "a"
class Done(Partial):
    zeta = mid = None

for cls in (One, Many, Partial):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print(type(Done()).__name__, sorted(Partial.__abstractmethods__), Done.__abstractmethods__)
class WithInit(ABC):
    def __init__(self, x):
        print("never")
    @abstractmethod
    def f(self): ...
try:
    WithInit(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class M(metaclass=ABCMeta):
    @abstractmethod
    def m(self): ...
try:
    M()
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(isinstance(One, ABCMeta), One.__abstractmethods__, One.run.__isabstractmethod__)
class NotAbc:
    @abstractmethod
    def f(self): ...
print(type(NotAbc()).__name__, getattr(NotAbc.f, "__isabstractmethod__", None))
