# calling a user function with too many positional arguments: TypeError escapes
def area(width, height=1):
    return width * height
print(area(3), area(3, 4), area(height=2, width=5))
print(area(1, 2, 3))
