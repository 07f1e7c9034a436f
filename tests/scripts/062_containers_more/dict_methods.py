# dict methods: get/setdefault/pop/popitem/update/fromkeys/copy, | and |= merges, insertion order
inventory = {"apples": 5, "pears": 0}
inventory.update({"kiwis": 7}, plums=3)
inventory.update([("apples", 6)])
print(inventory, inventory.get("grapes"), inventory.get("grapes", 0), inventory.setdefault("figs", 1), inventory.setdefault("apples", 99))
print(inventory.pop("pears"), inventory.pop("nope", "default"), inventory.popitem(), inventory)
defaults = dict.fromkeys(["color", "size"], "unknown")
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(defaults, shared)
merged = defaults | {"size": "L", "price": 9}
print(merged, defaults)
defaults |= {"color": "red"}
print(defaults)
c = merged.copy()
c["price"] = 0
print(merged["price"], c["price"], list(c), list(reversed(c)), len(c), "size" in c, "L" in c)
orders = {}
for item in ["tea", "cake", "tea", "tea", "jam"]:
    orders[item] = orders.get(item, 0) + 1
print(orders, dict(sorted(orders.items(), key=lambda kv: -kv[1])))
for bad in [lambda: {}.popitem(), lambda: {"a": 1}.pop("b"), lambda: {}["x"], lambda: {} | [("a", 1)]]:
    try:
        print(bad())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
