# an assignment expression in a comprehension's iterable is a SyntaxError, even inside a lambda there
print("never printed")
rows = [[1, 2], [3]]
flat = [x for row in rows for x in (lambda: (seen := row))()]
