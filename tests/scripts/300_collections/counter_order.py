# Counter most_common ties keep first-seen order, elements() order, repr order by count, total()
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(0), c.most_common(-1), c.most_common(100) == c.most_common())
print(list(c.elements()))
print("".join(Counter("zyzyxx").elements()))
ties = Counter(["q", "w", "e", "w", "q", "r"])
print(ties.most_common(3), ties)
neg = Counter(a=-2, b=0, c=3)
print(list(neg.elements()), neg.total(), neg)
print(Counter().most_common(), Counter().total(), list(Counter().elements()))
f = Counter({"x": 2.5, "y": 1})
print(f.most_common(), f.total())
try:
    list(Counter({"x": 1.5}).elements())
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(Counter(cats=4, dogs=8).most_common(1)[0], sorted(Counter("hello").items()))
c2 = Counter("aab")
c2["a"] = 0
print(c2, len(c2), "a" in c2, c2.most_common())
