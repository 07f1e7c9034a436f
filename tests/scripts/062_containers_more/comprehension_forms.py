# list/set/dict comprehensions and generator expressions: nested loops, conditions, walrus, scoping
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix][:4], [[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 if x > 3], [x if x % 2 else -x for x in range(6)])
words = ["apple", "bob", "kayak", "level", "tree", "Anna"]
print({w.lower() for w in words if w.lower() == w.lower()[::-1]} == {"bob", "kayak", "level", "anna"})
print({w: len(w) for w in words if len(w) > 3}, {v: k for k, v in {"a": 1, "b": 2}.items()})
print(sum(x * x for x in range(10)), max((len(w), w) for w in words), any(w.startswith("t") for w in words))
data = [3, 8, 1, 12, 7]
print([y for x in data if (y := x * 2) > 10], y)
pairs = [(i, j) for i in range(4) for j in range(i) if (i + j) % 2]
print(pairs, len({(i % 3, j % 2) for i, j in pairs}))
x = "outer"
print([x for x in "ab"], x)
gen = (n for n in range(3))
print(next(gen), list(gen), list(gen))
table = {(r, c): r * c for r in range(1, 4) for c in range(1, 4) if r <= c}
print(sorted(table.items()))
