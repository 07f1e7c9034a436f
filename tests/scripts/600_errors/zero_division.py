# An uncaught ZeroDivisionError: CPython 3.11 marks the failing operation with ~~^~~ under the source line.
def ratio(a, b):
    return a / b

def average(values):
    return ratio(sum(values), len(values))

print(average([1, 2, 3]))
print(average([]))
