# dict basics: insertion order kept, overwriting keeps position, get/setdefault/pop/update, in, del, len.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.setdefault("a", 99), d.setdefault("n", []), d)
d["n"].append(1)
print(d.pop("c"), d.pop("zz", "default"), d)
d.update({"x": 1, "a": 0})
d.update(y=2)
print(d)
del d["b"]
print(d, list(d))
d.clear()
print(d, len(d))
print({1: "one", 1.0: "float one", True: "true"})
