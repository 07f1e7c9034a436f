# Metaclass subclass of ABCMeta, __instancecheck__/__subclasscheck__ hooks, and class-level __getitem__ via metaclass
from abc import ABCMeta, abstractmethod

class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")

class Duck(metaclass=DuckMeta):
    pass

class Robot:
    def quack(self):
        return "beep"

print(isinstance(Robot(), Duck), isinstance(1, Duck), issubclass(Robot, Duck), issubclass(int, Duck))

class EnumLike(type):
    def __getitem__(cls, key):
        return cls._items[key]
    def __iter__(cls):
        return iter(sorted(cls._items))
    def __len__(cls):
        return len(cls._items)
    def __repr__(cls):
        return f"<EnumLike {cls.__name__}>"

class Colors(metaclass=EnumLike):
    _items = {"red": 1, "blue": 2}

print(Colors["red"], list(Colors), len(Colors), repr(Colors))

class RegMeta(ABCMeta):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

class Animal(metaclass=RegMeta):
    @abstractmethod
    def speak(self): ...

class Dog(Animal):
    def speak(self):
        return "woof"

print(RegMeta.classes, Dog().speak(), type(Dog).__name__, sorted(Animal.__abstractmethods__))
print(Animal.__class__.__mro__[1].__name__, Dog.__mro__[1].__name__)

class Counter(type):
    def __call__(cls, *a):
        cls.made = getattr(cls, "made", 0) + 1
        return super().__call__(*a)
class W(metaclass=Counter):
    def __init__(self, v=0):
        self.v = v
W(); W(3)
print(W.made, W(5).v, W.made)
