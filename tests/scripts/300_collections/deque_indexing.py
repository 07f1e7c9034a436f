# deque indexing: negative indexes, out-of-range errors, del, index() with start/stop, remove failures
from collections import deque

d = deque("abcdef")
print(d[0], d[-1], d[2], d[-3])
for i in (6, -7):
    try:
        d[i]
    except IndexError as e:
        print(type(e).__name__ + ":", e)
try:
    d[10] = "x"
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    d["a"]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    d[1:3]
except TypeError as e:
    print(type(e).__name__ + ":", e)
del d[-1]
del d[0]
print(d)
print(d.index("c"), d.index("d", 1), d.index("e", 1, 4))
try:
    d.index("b", 2)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    d.remove("zz")
except ValueError as e:
    print(type(e).__name__ + ":", e)
d.insert(-1, "I")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
try:
    del d[50]
except IndexError as e:
    print(type(e).__name__ + ":", e)
print(d.count("I"), len(d), bool(deque()))
