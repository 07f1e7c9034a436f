# SyntaxError: a bare starred expression assigned to a single name
parts = [1, 2, 3]
copy = *parts
print(copy)
