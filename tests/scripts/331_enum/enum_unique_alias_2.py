# enum: __members__ is a real types.MappingProxyType (name and error text of item assignment).
import types
from enum import Enum
class Color(Enum):
    RED = 1
    CRIMSON = 1
m = Color.__members__
print(type(m).__name__, isinstance(m, types.MappingProxyType), m)
try:
    m["NEW"] = 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
