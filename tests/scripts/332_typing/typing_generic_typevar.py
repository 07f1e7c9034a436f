# typing: TypeVar bound/constraints/variance reprs and attributes, Generic subscription, __parameters__, errors.
from typing import TypeVar, Generic, List, Dict, Tuple
T = TypeVar("T")
N = TypeVar("N", bound=float)
S = TypeVar("S", str, bytes)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, N, S, Co, Contra, T.__name__, N.__bound__, S.__constraints__, Co.__covariant__, T.__bound__)
try:
    TypeVar("X", int)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    TypeVar("X", bound=int, covariant=True, contravariant=True)
except ValueError as e:
    print(type(e).__name__ + ":", e)
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
class Pair(Generic[T, S]):
    pass
print(Box[int], Box[int](3).get(), Box.__parameters__, Pair[int, str], Pair[T, bytes].__parameters__)
print(Box[List[T]], Box[List[T]][int], Dict[T, Tuple[T, ...]][str])
try:
    Box[int, str]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    Generic[int]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    class Dup(Generic[T, T]):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
b = Box[int](5)
print(type(b).__name__, b.__orig_class__, Box.__orig_bases__ if hasattr(Box, "__orig_bases__") else None)
class IntBox(Box[int]):
    pass
print(IntBox.__orig_bases__, IntBox.__parameters__, IntBox(2).get())
