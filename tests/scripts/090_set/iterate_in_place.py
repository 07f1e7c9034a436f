# Iterating sets in place: length hints, every table size, a size change during iteration (sticky), a change that
# keeps the size, frozensets as keys, the operators, many deletions, and sets built from other containers.
import operator
s = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
it = iter(s)
print(operator.length_hint(it), next(it), operator.length_hint(it), list(it), operator.length_hint(it), list(it))
for n in (0, 1, 7, 8, 50, 1000):
    x = set(range(n))
    print(n, sum(x), len(list(x)), sorted(x) == list(range(n)))
s = set("abc")
it = iter(s)
next(it)
s.add("d")
try:
    next(it)
except RuntimeError as e:
    print(e, operator.length_hint(it))
try:
    next(it)
except RuntimeError as e:
    print("again:", e)
s = {1, 2, 3}
it = iter(s)
s.discard(2); s.add(7)
print(sorted(it))
f = frozenset({"x", "y"})
print(sorted(f), {frozenset({1, 2}): 1}[frozenset({2, 1})], hash(frozenset()) == hash(frozenset([])))
a = {i * 7 % 20 for i in range(20)}; b = set(range(10, 30))
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
a |= {100}; a &= set(range(50)); print(sorted(a))
print({1, 2} < {1, 2, 3}, {1, 2} == {2, 1}, set() == frozenset())
big = set(range(100000))
for i in range(0, 100000, 2): big.discard(i)
print(len(big), sum(big), min(big), max(big))
print(len({(i, j) for i in range(30) for j in range(30)}))
print(sorted(set(dict.fromkeys("hello"))), sorted({1: 2, 3: 4}.keys() | {5}))
p = {1, 2, 3}; print(p.pop() in (1, 2, 3), len(p)); p.clear(); print(p, list(iter(p)))
