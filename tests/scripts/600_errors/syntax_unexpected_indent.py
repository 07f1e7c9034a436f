# IndentationError: an unexpected indent at module level.
print("never printed")
x = 1
    y = 2
print(x + y)
