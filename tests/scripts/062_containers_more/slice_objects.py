# slice objects: naming slices for fixed-width parsing, indices(), start/stop/step, use with lists and str
NAME, QTY, PRICE = slice(0, 10), slice(10, 14), slice(14, None)
lines = ["widget    0003 9.99", "gadget    0120 0.50", "doohickey 0001 125.00"]
for line in lines:
    print(line[NAME].strip(), int(line[QTY]), float(line[PRICE]))
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s, s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(list(range(10))[s], "abcdefghij"[s], (0, 1, 2, 3)[slice(2)], slice(5) == slice(None, 5), slice(1, 2) == slice(1, 2, None))
last_three = slice(-3, None)
print([1, 2, 3, 4, 5][last_three], "python"[last_three], list(range(20))[slice(15, 5, -4)])
try:
    slice(0, 5, 0).indices(10)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
