# WeakSet: add/remove/discard/pop/clear, membership, len, members vanish when they die
import weakref

class Item:
    def __init__(self, n): self.n = n
    def __repr__(self): return "Item(%d)" % self.n

items = [Item(i) for i in range(6)]
s = weakref.WeakSet(items[:4])
print(len(s), items[0] in s, items[5] in s, 3 in s, "x" in s)
s.add(items[5]); s.add(items[5])
print(len(s), sorted(i.n for i in s))
s.remove(items[5]); s.discard(items[5]); s.discard(Item(99))
try:
    s.remove(items[5])
except KeyError as e:
    print(type(e).__name__ + ":", str(e).startswith("<weakref at"))
del items[1]
print(len(s), sorted(i.n for i in s))
x = s.pop()
print(x in s, len(s), x in items)
items.clear(); del x
print(len(s), list(s))
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__ + ":", e)
a, b = Item(1), Item(2)
s.update([a, b])
t = s.copy()
print(len(t), t == s, t is s, type(t).__name__)
s.clear()
print(len(s), len(t), bool(s), bool(t))
del a
print(len(t), [i.n for i in t])
import collections.abc
print(isinstance(s, collections.abc.MutableSet), weakref.WeakSet[int], weakref.WeakSet)
try:
    hash(s)
except TypeError as e:
    print(type(e).__name__ + ":", e)
