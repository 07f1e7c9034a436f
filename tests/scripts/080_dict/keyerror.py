# Missing keys raise KeyError whose str() is the repr of the key; counting words with get().
d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    d.pop(42)
except KeyError as e:
    print("KeyError", e)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
