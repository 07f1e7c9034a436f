# len() and membership stay right while removals are queued during iteration
import weakref

class T:
    def __init__(self, n): self.n = n

ts = [T(i) for i in range(5)]
wk = weakref.WeakKeyDictionary((t, t.n) for t in ts)
it = iter(wk.items())
first = next(it)
ts[4] = None
ts[3] = None
print(len(wk), len(wk.data))      # dead keys counted out while queued
for t, n in it:
    pass
del it, first, t
print(len(wk), sorted(wk.values()))

ws = weakref.WeakSet(t for t in ts if t is not None)
names = []
for t in ws:
    names.append(t.n)
    if len(names) == 1:
        ts[1] = None
print(len(names) <= 3, len(ws), sorted(x.n for x in ws))
del t
wv = weakref.WeakValueDictionary((t.n, t) for t in ts if t is not None)
vals = wv.values()
v = next(vals)
ts[2] = None
print(len(wv.data), sorted(wv.keys()))
