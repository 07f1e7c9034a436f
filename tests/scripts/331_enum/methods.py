# methods, properties, classmethods and staticmethods on enum classes; members named like Enum attributes.
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    JUPITER = (1.9e+27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)

    def describe(self):
        return "%s weighs %.3e kg" % (self.name.title(), self.mass)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @staticmethod
    def unit():
        return "kg"


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.radius)
print(round(Planet.EARTH.surface_gravity, 2))
print(Planet.MERCURY.describe(), Planet.heaviest(), Planet.unit(), Planet.EARTH.unit())
print(Planet((5.976e+24, 6.37814e6)))
print(repr(Planet.JUPITER))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return "my custom str! {0}".format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY))
print(format(Mood.FUNKY), f"{Mood.HAPPY}")


class Field(Enum):
    name = 1
    value = 2
    other = 3


print(Field.name, Field.value, repr(Field.name), Field.name.name, Field.value.value, Field.name.value)
print(list(Field), Field["value"], Field(1))


class Op(Enum):
    ADD = "+"
    SUB = "-"

    def apply(self, a, b):
        return a + b if self is Op.ADD else a - b

    def __repr__(self):
        return "Op(%r)" % self.value


print(Op.ADD.apply(2, 3), Op("-").apply(2, 3), repr(Op.SUB), str(Op.SUB), [Op.ADD])
