# dict view reprs and behaviour, dict comprehension order, copying, equality of views, reversed views
d = {"one": 1, "two": 2, "three": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its, list(reversed(vs)), list(reversed(its)))
print(ks == {"one", "two", "three"}, vs == vs, its == {("one", 1), ("two", 2), ("three", 3)}, ks != set())
print(sorted(ks ^ {"two", "four"}), sorted(its - {("one", 1)}), ks < {"one", "two", "three", "x"}, ks >= {"one"})
print(len(its), ("one", 1) in its, ("one", 2) in its, ["one", 1] in its, 2 in vs, "two" in ks)
del d["two"]
print(ks, vs, its, list(iter(ks)))
d2 = {k: len(k) for k in ["bb", "a", "ccc", "a"]}
print(d2, {v: k for k, v in d2.items()}, dict(sorted(d2.items(), key=lambda kv: kv[1])))
c = d2.copy(); c["zz"] = 0
print(d2 == c, "zz" in d2, dict(d2) is d2, {**d2, "a": 9}, {"a": 9, **d2})
e = dict.fromkeys(["x", "y"], [])
e["x"].append(1)
print(e)
print(list(d2.items())[0], next(iter(d2.values())), dict(enumerate("ab")), dict([("k", "v")], k2="v2"))
try:
    ks.add("x")
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    vs & {1}
except TypeError as e:
    print(type(e).__name__ + ":", e)
it = iter(d2)
d2["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
