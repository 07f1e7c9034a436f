# subclassing member-less enums (shared methods), mixins, __init_subclass__, EnumMeta/EnumType, isinstance checks.
from enum import Enum, IntEnum, EnumMeta, EnumType


class Describable(Enum):
    def describe(self):
        return "%s is %r" % (self.name.lower(), self.value)

    @classmethod
    def names(cls):
        return [m.name for m in cls]


class Fruit(Describable):
    APPLE = "red"
    BANANA = "yellow"


print(Fruit.APPLE.describe(), Fruit.names(), isinstance(Fruit.APPLE, Describable), issubclass(Fruit, Enum))


class LabelMixin:
    def label(self):
        return "<" + self.name + ">"


class Size(LabelMixin, Enum):
    S = 1
    L = 2


print(Size.S.label(), repr(Size.L), str(Size.L), Size._member_type_ is object)


class Registry(Enum):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print("init_subclass", cls.__name__, sorted(kwargs))


class Units(Registry):
    M = 1
    KM = 1000


print(list(Units), EnumMeta is EnumType, type(Units) is EnumType, type(IntEnum).__name__)
print(Units.__mro__[1:], Fruit.__bases__)


class HexInt(int):
    def __repr__(self):
        return hex(self)


class Reg(HexInt, Enum):
    A = 10
    B = 255


print(repr(Reg.A), str(Reg.B), Reg(255), Reg.A + 1, Reg._member_type_.__name__)
try:
    class Broken(Fruit):
        CHERRY = "dark red"
except TypeError as e:
    print(type(e).__name__ + ":", e)
