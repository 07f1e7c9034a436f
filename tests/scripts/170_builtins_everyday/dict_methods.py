# dict methods: get/setdefault/pop/popitem/update/fromkeys/copy, views, | and |=, ordering
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, d.get("x"), d.get("x", 0), d.setdefault("a", 9), d.setdefault("z", []), d)
print(d.pop("z"), d.pop("nope", "dflt"), d.popitem(), d)
d.update({"d": 4}, e=5); d.update([("f", 6)]); print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, **{"b": 2}), dict(zip("xy", (1, 2))))
keys, vals, items = d.keys(), d.values(), d.items()
d["g"] = 7
print(keys, vals, items, len(keys), "g" in keys, 7 in vals, ("g", 7) in items)
print(list(reversed(d)), list(reversed(d.items()))[:2])
print(d.keys() & {"a", "b", "q"} == {"a", "b"}, sorted(d.keys() - {"a"}), sorted(d.keys() | {"q"}))
print(sorted(d.items() & {("a", 1), ("b", 3)}), d.keys() == {"a", "b", "d", "e", "f", "g"})
x = {"a": 1, "b": 2}
y = {"b": 20, "c": 30}
print(x | y, y | x, x)
x |= y; print(x)
x |= {"d": 4}; print(x)
d1 = {1: "a"}; d1[1.0] = "b"; d1[True] = "c"; print(d1)
print({1: 2} == {1: 2}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"b": 1, "a": 2}))
for f in [lambda: {}["k"], lambda: {}.pop("k"), lambda: {}.popitem(), lambda: {[]: 1},
          lambda: {"a": 1} | [("b", 2)], lambda: dict([(1, 2, 3)]),
          lambda: {"a": 1}.keys()[0], lambda: dict(1)]:
    try:
        print(f())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
# realistic: word frequency and inverse index
text = "the cat and the hat and the bat"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
inv = {}
for w, n in freq.items():
    inv.setdefault(n, []).append(w)
print(freq, inv, max(freq, key=freq.get), sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
r = {}; r["self"] = r; print(r)
