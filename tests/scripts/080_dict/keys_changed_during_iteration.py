# a dict whose keys change during iteration (same size): CPython's "dictionary keys changed during iteration"
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
        d[k + "x"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(d))
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 10  # values may change
print(d)
print(range(5)[2], list(range(10)[::3]))
try:
    range(5)[1.5]
except TypeError as e:
    print(e)
