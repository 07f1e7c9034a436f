# d |= any mapping or iterable of pairs; views' isdisjoint and mapping; dict() of non-pairs
inventory = {"apples": 3}
inventory |= [("pears", 2), ("apples", 5)]
inventory |= {"plums": 1}.items()
print(inventory)
try:
    inventory | [("x", 1)]
except TypeError as e:
    print(e)
keys = inventory.keys()
print(keys.isdisjoint({"kiwi"}), keys.isdisjoint(["pears"]), keys.isdisjoint(keys), {}.keys().isdisjoint({}.keys()))
print(inventory.items().isdisjoint([("apples", 3)]), inventory.items().isdisjoint([("apples", 5)]))
print(keys.mapping, keys.mapping["plums"], inventory.values().mapping == inventory)
try:
    keys.mapping["new"] = 1
except TypeError as e:
    print(e)
for bad in ([1, 2], ["ab", "cde"], [(1, 2, 3)]):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
inventory |= 5
