# A generic in-memory repository with TypeVar/Generic, query builders with chained filters and pattern matching.
from __future__ import annotations
from dataclasses import dataclass
from typing import Generic, TypeVar, Callable, Iterator, Optional

T = TypeVar("T")
K = TypeVar("K")


class NotFound(LookupError):
    pass


class Repo(Generic[K, T]):
    def __init__(self, key: Callable[[T], K]):
        self._key = key
        self._rows: dict[K, T] = {}

    def add(self, *rows: T) -> "Repo[K, T]":
        for r in rows:
            self._rows[self._key(r)] = r
        return self

    def get(self, k: K) -> T:
        try:
            return self._rows[k]
        except KeyError:
            raise NotFound(f"no row with key {k!r}") from None

    def query(self) -> "Query[T]":
        return Query(list(self._rows.values()))


class Query(Generic[T]):
    def __init__(self, rows: list[T]):
        self.rows = rows

    def where(self, pred: Callable[[T], bool]) -> "Query[T]":
        return Query([r for r in self.rows if pred(r)])

    def order_by(self, key, desc=False) -> "Query[T]":
        return Query(sorted(self.rows, key=key, reverse=desc))

    def first(self) -> Optional[T]:
        return self.rows[0] if self.rows else None

    def __iter__(self) -> Iterator[T]:
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)


@dataclass(frozen=True)
class Employee:
    id: int
    name: str
    dept: str
    salary: int
    manager: Optional[int] = None


emps: Repo[int, Employee] = Repo(key=lambda e: e.id)
emps.add(Employee(1, "Grace", "eng", 180, None), Employee(2, "Alan", "eng", 150, 1),
         Employee(3, "Ada", "research", 170, 1), Employee(4, "Linus", "eng", 120, 2),
         Employee(5, "Barbara", "research", 140, 3), Employee(6, "Ken", "ops", 110, 1))

eng = emps.query().where(lambda e: e.dept == "eng").order_by(lambda e: e.salary, desc=True)
print([e.name for e in eng], len(eng))
print(emps.query().where(lambda e: e.salary > 200).first())


def chain_of_command(emp_id):
    chain = []
    while emp_id is not None:
        e = emps.get(emp_id)
        chain.append(e.name)
        emp_id = e.manager
    return " -> ".join(chain)


for e in emps.query().order_by(lambda e: (e.dept, e.name)):
    match e:
        case Employee(manager=None, name=n):
            role = f"{n} is the boss"
        case Employee(dept="research", salary=s) if s >= 150:
            role = f"senior researcher ({s}k)"
        case Employee(dept=("eng" | "ops") as d, manager=m):
            role = f"{d} staff under #{m}"
        case _:
            role = "other"
    print(f"{e.name:<8} {role:<26} {chain_of_command(e.id)}")

by_dept: dict[str, list[int]] = {}
for e in emps.query():
    by_dept.setdefault(e.dept, []).append(e.salary)
print({d: (min(s), max(s), sum(s) // len(s)) for d, s in sorted(by_dept.items())})
print(Repo.__parameters__ if hasattr(Repo, "__parameters__") else None, Employee(1, "x", "y", 1) in set(emps.query()))
try:
    chain_of_command(9)
except LookupError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
