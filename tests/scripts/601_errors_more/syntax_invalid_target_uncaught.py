# assigning to a function call is a SyntaxError that suggests "==" is not intended here
def size():
    return 3


if size() == 3:
    print("three")

size() = 4
print(size())
