# enumerate, zip (shortest wins), reversed, map, filter, any, all, list(range(...)) with steps.
names = ["a", "b", "c"]
for i, n in enumerate(names):
    print(i, n)
print(list(enumerate(names, 1)))
print(list(zip([1, 2, 3], "xy")), list(zip()))
print(list(reversed(names)), list(reversed(range(4))))
print(list(map(str.upper, names)), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(list(filter(lambda v: v > 1, [0, 1, 2, 3])), list(filter(None, [0, "", "x", 5])))
print(any([0, 0, 1]), any([]), all([1, 2]), all([]), all(x > 0 for x in [1, -1]))
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -4)), list(range(0)))
print(dict(zip(names, range(3))))
