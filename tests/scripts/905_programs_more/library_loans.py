# A library loan system: books and members as classes, day-based due dates, fines, and reports via str.format.
from dataclasses import dataclass, field
from enum import IntEnum
from collections import defaultdict
import bisect


class Tier(IntEnum):
    BASIC = 1
    PLUS = 2
    STAFF = 3

    @property
    def limit(self):
        return {Tier.BASIC: 2, Tier.PLUS: 4, Tier.STAFF: 10}[self]


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    copies: int = 1


@dataclass
class Member:
    name: str
    tier: Tier = Tier.BASIC
    loans: dict = field(default_factory=dict)
    fines: int = 0


class LoanError(Exception):
    pass


class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 25  # cents

    def __init__(self, books):
        self.books = {b.isbn: b for b in books}
        self.members = {}
        self.waitlist = defaultdict(list)
        self.events = []

    def join(self, name, tier=Tier.BASIC):
        self.members[name] = Member(name, tier)

    def checkout(self, name, isbn, day):
        m, b = self.members[name], self.books[isbn]
        if len(m.loans) >= m.tier.limit:
            raise LoanError(f"{name} is at the {m.tier.name} limit of {m.tier.limit}")
        if m.fines > 100:
            raise LoanError("{0} owes ${1:.2f}".format(name, m.fines / 100))
        if b.copies == 0:
            bisect.insort(self.waitlist[isbn], (m.tier * -1, day, name))
            return "waitlisted"
        b.copies -= 1
        m.loans[isbn] = day + self.LOAN_DAYS
        self.events.append((day, "out", name, isbn))
        return "due day %d" % m.loans[isbn]

    def checkin(self, name, isbn, day):
        m = self.members[name]
        due = m.loans.pop(isbn)
        late = max(0, day - due)
        m.fines += late * self.FINE_PER_DAY
        self.books[isbn].copies += 1
        self.events.append((day, "in", name, isbn))
        if self.waitlist[isbn]:
            _, _, nxt = self.waitlist[isbn].pop(0)
            return f"late {late}d; passed to {nxt}: {self.checkout(nxt, isbn, day)}"
        return f"late {late}d"


lib = Library([Book("111", "Dune", "Herbert", 2), Book("222", "Emma", "Austen"),
               Book("333", "Ulysses", "Joyce"), Book("444", "Beloved", "Morrison")])
for name, tier in [("ana", Tier.BASIC), ("ben", Tier.PLUS), ("cy", Tier.STAFF)]:
    lib.join(name, tier)

actions = [("out", "ana", "111", 1), ("out", "ana", "222", 1), ("out", "ana", "333", 2),
           ("out", "ben", "222", 3), ("out", "cy", "222", 4), ("out", "ben", "111", 5),
           ("in", "ana", "222", 30), ("in", "ana", "111", 31), ("out", "ana", "444", 32),
           ("in", "ben", "111", 33), ("in", "cy", "222", 40)]
for kind, name, isbn, day in actions:
    try:
        fn = lib.checkout if kind == "out" else lib.checkin
        result = fn(name, isbn, day)
    except LoanError as e:
        result = f"refused: {e}"
    print("day {:>2} {:<3} {:<4} {:<8} {}".format(day, kind, name, lib.books[isbn].title, result))

for m in sorted(lib.members.values(), key=lambda m: (-m.fines, m.name)):
    print(f"{m.name:>4} [{m.tier.name:<5}] fines ${m.fines / 100:5.2f} loans {sorted(m.loans.items())}")
print(sorted((b.title, b.copies) for b in lib.books.values()))
print(len(lib.events), Tier.PLUS > Tier.BASIC, max(Tier).name, [t.limit for t in Tier])
