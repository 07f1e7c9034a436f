# functional API finds the calling module for __module__ (through the caller's frame).
from enum import Enum, IntEnum

Animal = Enum("Animal", "ANT BEE")
Level = IntEnum("Level", [("LOW", 1), ("HIGH", 2)])
print(Animal.__module__, Level.__module__, Animal.__qualname__)
