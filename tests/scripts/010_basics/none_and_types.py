# type(x).__name__ for the basic literals, and None's repr and identity.
values = [1, 1.5, "s", True, None, [1], (1,), {"a": 1}, {1}, range(3), 10**30]
for v in values:
    print(type(v).__name__)
x = None
print(x, repr(x), str(x), x == None, x is None)
print(type(None).__name__)
print(range(3), range(1, 10, 2))
