# Building dicts: dict(a=1), dict(pairs), comprehensions, {**d} merging, fromkeys-free patterns, nested dicts.
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict())
base = {"a": 1, "b": 2}
print({**base, "b": 20, "c": 3}, {"z": 0, **base})
print(dict(base, c=3))
squares = {n: n * n for n in range(5)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
inverted = {v: k for k, v in base.items()}
print(inverted)
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested, nested["outer"]["inner"][-1])
print(base == {"b": 2, "a": 1}, base != {"a": 1})
