# `return` at module level is a SyntaxError pointing at the whole statement
def inner():
    return 1


values = [1, 2, 3]
if values:
    return sum(values)
print(inner())
