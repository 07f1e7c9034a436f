# Real Python dict idioms: get/setdefault, invert, sort by value, merge counts, views as sets, fromkeys pitfall
inventory = {"apples": 430, "bananas": 312, "oranges": 525, "pears": 217}
print(inventory.get("kiwis"), inventory.get("kiwis", 0), inventory.setdefault("kiwis", 5), inventory["kiwis"])
print(sorted(inventory.items(), key=lambda kv: kv[1]), max(inventory, key=inventory.get))
print(dict(sorted(inventory.items(), key=lambda kv: -kv[1])))
inverted = {v: k for k, v in inventory.items()}
print(inverted[525], len(inverted))
a = {"x": 1, "y": 2, "z": 3}; b = {"y": 20, "w": 0}
print(a.keys() & b.keys(), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), a.items() & {("x", 1)})
print({**a, **b}, a | b, b | a)
c = dict(a); c |= {"z": 30}; print(c, a)
merged = {}
for d in (a, b, {"x": 100}):
    for k, v in d.items():
        merged[k] = merged.get(k, 0) + v
print(merged)
print(a.pop("z"), a.pop("missing", "default"), a, a.popitem(), a)
bad = dict.fromkeys(["p", "q"], [])
bad["p"].append(1)
print(bad)
good = {k: [] for k in ["p", "q"]}
good["p"].append(1)
print(good, dict.fromkeys("abc"), dict(zip("abc", range(3))))
nested = {"user": {"profile": {"name": "ann"}}}
print(nested.get("user", {}).get("profile", {}).get("name"), nested.get("x", {}).get("y"))
squares = {n: n * n for n in range(6) if n % 2}
print(squares, list(reversed(squares)), 3 in squares, 9 in squares.values())
d = {"b": 1, "a": 2}
for key in list(d):
    if d[key] == 1:
        del d[key]
print(d, len(d), d == {"a": 2}, list({1: 'a', True: 'b', 1.0: 'c'}.items()))
counts = {}
for word in "red blue red green blue red".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
try:
    for k in counts:
        counts[k + "!"] = 1
except Exception as e:
    print(type(e).__name__ + ':', e)
