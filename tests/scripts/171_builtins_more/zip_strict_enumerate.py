# zip (including strict=True), enumerate(start=), unzipping with zip(*), dict(zip()) building a lookup table
names = ["ann", "bob", "cid"]
ages = [31, 25, 40]
cities = ("NY", "LA")
print(list(zip(names, ages)), list(zip(names, cities)), list(zip()), list(zip(names)), dict(zip(names, ages)))
for rank, (name, age) in enumerate(sorted(zip(names, ages), key=lambda p: -p[1]), start=1):
    print(f"{rank}. {name} ({age})")
print(list(enumerate("abc", 10)), list(enumerate([], start=-1)), list(enumerate("xy", start=-5)))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters, list(zip(*zip(names, ages))) == [tuple(names), tuple(ages)])
print(list(zip(names, ages, strict=True)))
it = enumerate(names)
print(next(it), next(it), list(it))
print(list(zip(names, cities, strict=True)))
