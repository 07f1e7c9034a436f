# Set algebra printed through sorted(): union, intersection, difference, symmetric difference, subsets.
a = {"apple", "banana", "cherry"}
b = {"banana", "date", "cherry", "fig"}
print(sorted(a | b))
print(sorted(a.union(b)), sorted(a.union(["x"], ["y"])))
print(sorted(a & b), sorted(a.intersection(b)))
print(sorted(a - b), sorted(b - a), sorted(a ^ b))
print({"banana"} <= a, a <= b, a == {"cherry", "banana", "apple"})
words = "to be or not to be".split()
print(sorted(set(words)), len(set(words)))
print(sorted({w[0] for w in words}))
print({1, 2} | {3}, {1, 2, 3} & {2, 3, 4}, {1, 2} - {2})
