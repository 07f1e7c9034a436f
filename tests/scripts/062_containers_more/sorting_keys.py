# sorted/list.sort with key functions, reverse, stability, multi-key sorts and itemgetter/attrgetter
from operator import itemgetter, attrgetter
people = [("ann", 31, "NY"), ("bob", 25, "LA"), ("cid", 31, "LA"), ("dee", 25, "NY"), ("eve", 40, "SF")]
print(sorted(people, key=itemgetter(1)))
print(sorted(people, key=itemgetter(1), reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=itemgetter(2, 0)))
by_city = sorted(people, key=itemgetter(0), reverse=True)
by_city.sort(key=itemgetter(2))
print([p[0] for p in by_city])
class Emp:
    def __init__(self, name, salary): self.name, self.salary = name, salary
    def __repr__(self): return f"{self.name}:{self.salary}"
staff = [Emp("z", 10), Emp("y", 30), Emp("x", 20)]
print(sorted(staff, key=attrgetter("salary")), max(staff, key=attrgetter("salary")), min(staff, key=attrgetter("name")))
words = "The quick brown fox Jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs, reverse=True)
print(nums, sorted("hello"), sorted({3: "c", 1: "a"}), sorted((2, 1)), sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
