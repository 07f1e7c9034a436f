# An uncaught exception raised three calls deep: one traceback entry per frame, innermost last.
def inner(items):
    return items[10]

def middle(items):
    return inner(items) + 1

def outer():
    data = [1, 2, 3]
    return middle(data)

print("calling outer")
outer()
