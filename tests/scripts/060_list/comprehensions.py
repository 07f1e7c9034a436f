# List comprehensions: with conditions, nested loops, nested comprehensions, and the loop variable's scope.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print(["even" if x % 2 == 0 else "odd" for x in range(4)])
x = "outer"
print([x for x in "ab"], x)
words = ["apple", "bob", "kayak", "moon"]
print([w.upper() for w in words if w == w[::-1]])
