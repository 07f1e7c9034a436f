# dict insertion order after delete/reinsert, popitem LIFO, update order, equality ignoring order
d = {}
for k in "dcba":
    d[k] = ord(k)
del d["c"]; d["c"] = 0; d["d"] = 1
print(d, list(d), d.popitem(), d.popitem(), d)
d.update(z=1, a=2); print(d)
e = dict(d); e.pop("d"); e["d"] = 1
print(e == d, list(e) == list(d), e)
counts = {}
for w in "to be or not to be that is".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True)[:2], next(reversed(counts)))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
for i in range(0, 30, 3):
    big[i] = -i
print(len(big), list(big)[:5], list(big)[-5:], sum(big.values()))
class Key:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n % 2
    def __eq__(self, o): return self.n == o.n
    def __repr__(self): return f"K{self.n}"
kd = {Key(i): i for i in range(6)}
print(kd, kd[Key(4)], Key(9) in kd)
