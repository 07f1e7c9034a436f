# Default values, keyword arguments in any order, and defaults evaluated once at definition time.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))
base = 10
def add(x, y=base):
    return x + y
base = 20
print(add(1), add(1, 2))
