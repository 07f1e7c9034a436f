# lambda: as a key function, stored in variables and containers, with defaults, immediately called.
square = lambda x: x * x
print(square(7), (lambda a, b=1: a - b)(10), (lambda: "no args")())
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](2, 3), ops["mul"](2, 3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
print(list(map(lambda s: s[::-1], ["abc", "de"])))
print(type(square).__name__, square.__name__)
