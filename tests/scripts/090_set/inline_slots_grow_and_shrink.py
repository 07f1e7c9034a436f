# Sets whose slots live in the set itself until they grow: growth, dummies, shrinking back by clear() and by
# rebuilding after removals, pop, iteration order (CPython's table order), cycles through sets.
s = set()
for i in range(4):
    s.add(i * 8)          # all in the same first slot: linear probes
print(s, len(s))
s.add(100); s.add(-3)
print(s, len(s))
for i in range(0, 50, 3):
    s.add(i)
print(sorted(s), len(s), list(s)[:5])
for i in range(0, 50, 3):
    s.discard(i)
print(s, len(s))
s.clear()
print(s, len(s))
s.update(["a", "b", "c"])
print(len(s), sorted(s))
t = {1, 2, 3}
for k in range(200):
    t.add(k + 10)
    t.discard(k + 10)   # dummies pile up: the table is rebuilt, small again
print(t, len(t))
u = set(range(5))
print([u.pop() for _ in range(5)], u)
try:
    u.pop()
except KeyError as e:
    print("KeyError", e)
f = frozenset("hello world")
print(sorted(f), len(f), hash(f) == hash(frozenset("hello world")))
big = {i * 7 % 101 for i in range(1000)}
print(len(big), min(big), max(big), sum(big))
class Node:
    def __init__(self, name):
        self.name = name
        self.links = set()
    def __hash__(self):
        return hash(self.name)
    def __repr__(self):
        return self.name
a, b = Node("a"), Node("b")
a.links.add(b); b.links.add(a)
print(a.links, b.links)
del a, b
import gc
print(gc.collect() >= 0)
class Eq:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v
e = {Eq(i) for i in range(12)}
print(len(e), Eq(3) in e, Eq(30) in e)
e.clear(); e.add(Eq(1)); print(len(e))
s2 = set()
for i in range(6):
    s2.add(str(i))
it = iter(s2)
next(it)
s2.add("new")
try:
    next(it)
except RuntimeError as ex:
    print("RuntimeError", ex)
print(set([1, 1, 2]) | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
print({(i, j) for i in range(3) for j in range(3) if i != j} == set(__import__("itertools").permutations(range(3), 2)))
