# enum: auto, unique, aliases, IntEnum, _missing_, iteration and members
from enum import Enum, IntEnum, auto, unique

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    CRIMSON = 1

print(list(Color), Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(sorted(Color.__members__), Color(2), Color["BLUE"].value)

class Priority(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10

print(Priority.MID + 1, Priority.HIGH > Priority.LOW, sorted([Priority.HIGH, 3, Priority.LOW]))
print(Priority(5).name, int(Priority.HIGH), f"{Priority.LOW}", str(Priority.MID), repr(Priority.MID))

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

print(Status("ACTIVE"), Status("Inactive").value)
try:
    Status("gone")
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def ratio(self):
        return round(self.mass / self.radius, 3)

print(Planet.MARS.mass, Planet.EARTH.ratio, Planet.MARS.value)
print(isinstance(Color.RED, Color), Color.RED == 1, Priority.LOW == 1)

@unique
class Dup(Enum):
    A = 1
    B = 1
