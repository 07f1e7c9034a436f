# Real Python zip and enumerate: parallel iteration, unzip, dict building, strict zip, start index, ragged data
names = ["Ann", "Bob", "Cid"]
ages = [31, 25, 40]
cities = ("Oslo", "Rome", "Lima")
for name, age, city in zip(names, ages, cities):
    print(f"{name:<4} {age:>3} {city}")
print(list(zip(names, ages)), dict(zip(names, ages)), list(zip()), list(zip("ab")))
pairs = [(1, "one"), (2, "two"), (3, "three")]
numbers, letters = zip(*pairs)
print(numbers, letters)
for i, (n, w) in enumerate(pairs, start=100):
    print(i, n, w)
print(list(enumerate("xyz")), list(enumerate([], 5)), [i for i, c in enumerate("banana") if c == "a"])
print(list(zip(range(5), "abc")), list(zip(*[iter(range(6))] * 2)))
from itertools import zip_longest
print(list(zip_longest([1, 2, 3], "ab", fillvalue="?")))
matrix = [(1, 2, 3), (4, 5, 6)]
print(list(map(list, zip(*matrix))), [sum(col) for col in zip(*matrix)])
prices = {"apple": 1.2, "pear": 0.8}
sales = {"apple": 10, "pear": 20}
print({k: round(prices[k] * sales[k], 2) for k in prices}, sorted(zip(prices.values(), prices.keys())))
e = enumerate("ab"); print(next(e), next(e), type(e).__name__)
z = zip([1, 2], [3, 4]); print(next(z), list(z), list(z))
letters = "abcde"
print([a + b for a, b in zip(letters, letters[1:])], max(zip(ages, names)), min(enumerate(ages), key=lambda t: t[1]))
print(list(zip([1, 2, 3], ["a", "b", "c"], strict=True)))
for n, a in zip(names, [31, 25], strict=True):
    print(n, a)
