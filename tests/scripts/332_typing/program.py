# typing in a realistic program: annotated functions and dataclasses, a generic repository, a protocol, hints
from __future__ import annotations
from dataclasses import dataclass, field
from typing import Dict, Generic, Iterator, List, Optional, Protocol, TypeVar, Union, runtime_checkable, get_type_hints

T = TypeVar("T")
Number = Union[int, float]

@dataclass
class Item:
    name: str
    price: Number
    tags: List[str] = field(default_factory=list)

class Repository(Generic[T]):
    def __init__(self) -> None:
        self._items: Dict[str, T] = {}
    def add(self, key: str, item: T) -> None:
        self._items[key] = item
    def get(self, key: str) -> Optional[T]:
        return self._items.get(key)
    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

@runtime_checkable
class Priced(Protocol):
    price: Number

def total(items: List[Item], discount: Optional[float] = None) -> float:
    s = sum(i.price for i in items)
    return s * (1 - discount) if discount else s

repo: Repository[Item] = Repository()
repo.add("a", Item("apple", 1.5, ["fruit"]))
repo.add("b", Item("bread", 3))
print(repo.get("a"), repo.get("z"), total(list(repo)), total(list(repo), 0.5))
print(isinstance(repo.get("b"), Priced), isinstance(3, Priced))
print(get_type_hints(total), get_type_hints(Item))
print(Repository[Item], Number, Optional[Repository[int]])
