# a realistic program: sorting and summarizing employee records with itemgetter, attrgetter and methodcaller
import operator

rows = [
    ("alice", "eng", 120000, 5), ("bob", "ops", 85000, 3), ("carol", "eng", 135000, 8),
    ("dave", "sales", 70000, 2), ("erin", "ops", 85000, 6), ("frank", "eng", 99000, 1),
    ("grace", "sales", 91000, 4),
]
by_salary = sorted(rows, key=operator.itemgetter(2), reverse=True)
print([r[0] for r in by_salary])
print([r[0] for r in sorted(rows, key=operator.itemgetter(1, 2))])
# stable multi-pass sort: dept ascending, then salary descending within dept
tmp = sorted(rows, key=operator.itemgetter(2), reverse=True)
print([(r[1], r[0]) for r in sorted(tmp, key=operator.itemgetter(1))])
print(max(rows, key=operator.itemgetter(3))[0], min(rows, key=operator.itemgetter(2, 0))[0])

class Address:
    def __init__(self, city, zipcode):
        self.city, self.zip = city, zipcode
class Employee:
    def __init__(self, name, dept, salary, years, city, zipcode):
        self.name, self.dept, self.salary, self.years = name, dept, salary, years
        self.address = Address(city, zipcode)
    def raise_by(self, pct):
        return round(self.salary * (1 + pct / 100))
    def __repr__(self):
        return "Employee(%s)" % self.name

cities = ["Oslo", "Bergen", "Oslo", "Tromso", "Bergen", "Oslo", "Tromso"]
staff = [Employee(*r, c, 1000 + i) for i, (r, c) in enumerate(zip(rows, cities))]
print(sorted(staff, key=operator.attrgetter("address.city", "name")))
print(sorted(staff, key=operator.attrgetter("years"))[:3], sorted(staff, key=operator.attrgetter("address.zip"), reverse=True)[:2])
get = operator.attrgetter("name", "address.city", "address.zip")
print([get(e) for e in staff[:3]])
print(list(map(operator.methodcaller("raise_by", 10), staff)))
print(list(map(operator.methodcaller("raise_by", pct=2.5), staff[:2])))

# group totals per department
totals = {}
for e in staff:
    totals[e.dept] = operator.add(totals.get(e.dept, 0), e.salary)
for dept, total in sorted(totals.items(), key=operator.itemgetter(1), reverse=True):
    print(f"{dept:<6}{total:>8}")
print(sorted(totals.items(), key=operator.itemgetter(0)))

# rank with ties: equal salaries share a rank
ranked = sorted(staff, key=operator.attrgetter("salary"), reverse=True)
rank, prev = 0, None
for pos, e in enumerate(ranked, 1):
    if e.salary != prev:
        rank, prev = pos, e.salary
    print(rank, e.name, e.salary, end="; ")
print()

# a small table printer using itemgetter for column selection
cols = operator.itemgetter(0, 2)
for r in sorted(rows, key=cols)[:3]:
    print("|".join(str(c).rjust(8) for c in cols(r)))
print(sorted([{"k": 3}, {"k": 1}, {"k": 2}], key=operator.itemgetter("k")))
print(sorted(["Banana", "apple", "Cherry"], key=operator.methodcaller("lower")))
try:
    sorted(staff, key=operator.attrgetter("address.country"))
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    sorted([(1, 2), (3,)], key=operator.itemgetter(1))
except IndexError as e:
    print(type(e).__name__ + ":", e)
