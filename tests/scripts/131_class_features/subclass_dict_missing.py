# dict subclass with __missing__, overridden __setitem__ (not used by update), and a defaulting view
class Counter(dict):
    def __missing__(self, key):
        return 0
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
c = Counter()
for w in "the cat the hat the end".split():
    c[w] += 1
print(sorted(c.items()), c["dog"], "dog" in c)
print(c.get("dog"), len(c))
d = LowerDict()
d["Name"] = 1
d.update({"MiXeD": 2})
print(sorted(d))
print(isinstance(d, dict), type(d).__name__, dict(d) == d)
e = LowerDict(A=1)
print(e, type(e | {"b": 2}).__name__)
