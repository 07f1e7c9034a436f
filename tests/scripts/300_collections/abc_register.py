# ABC.register: virtual subclasses of collections.abc ABCs and custom ABCs, chaining, not in __mro__
from collections.abc import Sequence, Mapping, MutableMapping, Sized
from abc import ABC, ABCMeta

class Opaque:
    pass
Sequence.register(Opaque)
print(issubclass(Opaque, Sequence), isinstance(Opaque(), Sized), Sequence in Opaque.__mro__)
print(hasattr(Opaque, "index"), Opaque.__mro__)

class Base(ABC):
    pass
class Mid(Base):
    pass
class Virtual:
    pass
ret = Mid.register(Virtual)
print(ret is Virtual, issubclass(Virtual, Mid), issubclass(Virtual, Base), isinstance(Virtual(), Base))
class VSub(Virtual):
    pass
print(issubclass(VSub, Mid), issubclass(Base, Virtual))
Base.register(Mid)
print(issubclass(Mid, Base))
try:
    Virtual.register
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    Mid.register(Base)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
MutableMapping.register(Virtual)
print(issubclass(Virtual, Mapping), issubclass(Virtual, Sized))
class Meta(ABCMeta):
    pass
class Custom(metaclass=Meta):
    pass
Custom.register(int)
print(isinstance(5, Custom), isinstance(True, Custom), isinstance("5", Custom), type(Custom).__name__)
