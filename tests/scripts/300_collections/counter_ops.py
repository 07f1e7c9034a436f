# Counter: counting, arithmetic, multiset operations, most_common ordering and the repr
from collections import Counter

words = "the quick brown fox jumps over the lazy dog the fox".split()
c = Counter(words)
print(c)
print(c["the"], c["missing"], len(c))
print(c.most_common(2))
print(sorted(c.elements())[:5])
c.update(["dog", "dog"], cat=3)
print(c["dog"], c["cat"])
c.subtract({"the": 5})
print(c["the"])
print(+c)
print(-c)
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(a == Counter(a=3, b=1), a.total())
print(Counter("mississippi").most_common())
del a["a"]
print(a, repr(Counter()))
print(list(Counter("banana").items()))
print(Counter(a=1) < Counter(a=2), Counter(a=2) <= Counter(a=2, b=1))
x = Counter(red=4, blue=2)
x["green"] += 1
print(x, sum(x.values()))
print(Counter({"a": 1}).fromkeys if False else "fromkeys-guarded")
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
