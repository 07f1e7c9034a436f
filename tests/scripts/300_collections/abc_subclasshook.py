# __subclasshook__ returning True/False/NotImplemented, interaction with register and inheritance; caches
from abc import ABC, ABCMeta

class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Quacks:
            return NotImplemented
        if getattr(C, "quack", None) is None:
            return NotImplemented
        if getattr(C, "silent", False):
            return False
        return True

class Duck:
    def quack(self):
        return "quack"
class Robot:
    quack = lambda self: "beep"
    silent = True
class Rock:
    pass
class Special(Quacks):
    pass
Quacks.register(Rock)
print(issubclass(Duck, Quacks), issubclass(Robot, Quacks), issubclass(Rock, Quacks), issubclass(Special, Quacks))
Quacks.register(Robot)
print("robot after register:", issubclass(Robot, Quacks))
print(issubclass(Duck, Special), issubclass(Special, Special), isinstance(Duck(), Quacks))
Duck.quack = None
print("cached:", issubclass(Duck, Quacks))

class Loud(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return "truthy"
try:
    issubclass(int, Loud)
except AssertionError as e:
    print("AssertionError:", e)
except Exception as e:
    print(type(e).__name__ + ":", e)
class Meta(ABCMeta):
    def __instancecheck__(cls, obj):
        return obj == 42
class FortyTwo(metaclass=Meta):
    pass
print(isinstance(42, FortyTwo), isinstance(41, FortyTwo), issubclass(int, FortyTwo))
