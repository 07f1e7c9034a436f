# Enum members with methods and properties, tuple values unpacked by __init__, comparison rules
from enum import Enum
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius ** 2)
    def describe(self):
        return f"{self.name.title()}: g={self.gravity:.2f}"
for p in Planet:
    print(p.describe())
print(Planet.EARTH.value[1], Planet.EARTH == Planet.EARTH, Planet.EARTH == (5.976e24, 6.37814e6))
try:
    Planet.EARTH < Planet.MERCURY
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Planet.EARTH, Planet), type(Planet.EARTH).__name__)
try:
    Planet.EARTH = 3
except AttributeError as e:
    print("AttributeError:", e)
print(Planet.EARTH.radius)
