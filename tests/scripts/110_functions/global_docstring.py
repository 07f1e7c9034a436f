# global statements, reading globals without declaring them, and docstrings of functions.
counter = 0

def bump():
    """Increase the module counter."""
    global counter
    counter += 1
    return counter

def read():
    return counter * 10

bump()
bump()
print(counter, read())
print(bump.__doc__)

def no_doc():
    x = 1

print(no_doc.__doc__)

def make_global():
    global created
    created = "made inside"

make_global()
print(created)
