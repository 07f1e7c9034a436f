# dict views: keys/items behave like sets, views are live, mapping attribute, reversed views, comparisons
stock = {"apple": 3, "banana": 0, "cherry": 7}
keys, vals, items = stock.keys(), stock.values(), stock.items()
stock["date"] = 2
print(list(keys), list(vals), list(items), len(keys))
other = {"banana", "date", "elder"}
print(sorted(keys & other), sorted(keys | other), sorted(keys - other), sorted(keys ^ other), not (keys & {"zzz"}))
print(sorted(items & {("apple", 3), ("date", 9)}), ("cherry", 7) in items, ("cherry", 8) in items, 7 in vals)
print(keys == {"apple", "banana", "cherry", "date"}, keys <= {"apple", "banana", "cherry", "date", "x"}, vals == vals)
print(list(reversed(keys)), list(reversed(items))[0])
print(type(keys).__name__, type(vals).__name__, type(items).__name__, repr({"a": 1}.keys()), repr({"a": 1}.items()))
try:
    for k in stock:
        if stock[k] == 0:
            del stock[k]
except RuntimeError as e:
    print("RuntimeError:", e)
stock = {k: v for k, v in stock.items() if v}
print(stock)
