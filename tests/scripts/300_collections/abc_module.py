# abc: abstract methods, properties and class methods, register(), __subclasshook__, the error messages
import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
    @property
    def name(self):
        return "circle"

print(Circle(2).describe(), sorted(Shape.__abstractmethods__), Circle.__abstractmethods__)

class Half(Shape):
    def area(self):
        return 0

try:
    Half()
except TypeError as e:
    print("TypeError:", e)

class Plugin(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def create(cls): ...
    @staticmethod
    @abstractmethod
    def version(): ...

print(sorted(Plugin.__abstractmethods__), Plugin.create.__isabstractmethod__)

class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__)
        return NotImplemented

class Canvas:
    def draw(self):
        pass

print(issubclass(Canvas, Drawable), isinstance(Canvas(), Drawable), issubclass(int, Drawable))

class Serializer(ABC):
    pass

Serializer.register(dict)
@Serializer.register
class Custom:
    pass

print(isinstance({}, Serializer), issubclass(Custom, Serializer), issubclass(list, Serializer), Custom.__name__)
token = abc.get_cache_token()
class Other(ABC):
    pass
Other.register(float)
print(abc.get_cache_token() > token, isinstance(1.5, Other))
try:
    Serializer.register(3)
except TypeError as e:
    print("TypeError:", e)
print(type(Shape).__name__, isinstance(Shape, ABCMeta), ABC.__abstractmethods__ if hasattr(ABC, "__abstractmethods__") else frozenset())

class Base(ABC):
    @abstractmethod
    def run(self): ...

class Impl(Base):
    run = None

Impl()
print("Impl ok")
def later(cls):
    cls.run = lambda self: "ran"
    abc.update_abstractmethods(cls)
    return cls
@later
class Late(Base):
    pass
print(Late().run(), Late.__abstractmethods__)
