# __class_getitem__ on a user class; typing.Generic subscripting; builtin generic aliases
from typing import Generic, TypeVar
T = TypeVar("T")
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"
print(Box[int], Box["str"], Box[list])
class Stack(Generic[T]):
    def __init__(self): self.items = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), type(s).__name__)
alias = list[int]
print(alias, alias.__origin__ is list, alias.__args__)
print(dict[str, list[int]])
print(alias([1, 2]))
