# a positional argument after a keyword argument is a SyntaxError
def area(w, h):
    return w * h


print(area(2, h=3))
print(area(w=2, h=3))
print(area(w=2, 3))
print("unreached")
