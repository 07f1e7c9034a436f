# sort() with key= and reverse=, sorted() on other iterables, stability, and sort returning None.
a = [5, 2, 9, 1, 5, 6]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "fig", "elder"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(sorted("hello"), sorted((3, 1, 2)), sorted(range(5), reverse=True))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 25)]
people.sort(key=lambda p: p[1])
print(people)
print(sorted([3.5, 1, 2.25, -1]))
