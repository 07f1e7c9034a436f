# typing: exact texts of calling an un-implemented @overload and subclassing a NewType (uses the new class name).
from typing import overload, NewType
@overload
def h(x: int) -> int: ...
try:
    h(1)
except NotImplementedError as e:
    print(type(e).__name__ + ":", e)
UserId = NewType("UserId", int)
try:
    class Admin(UserId):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
