# del, global/nonlocal, augmented assignment targets, chained assignment, assert, bare raise, pass/ellipsis
a = b = c = [1]
a += [2]
print(a, b, c, a is c)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print(type(e).__name__ + ":", e, t)
d = {"k": 1}
d["k"] += 5
d.setdefault("l", []).append(1)
print(d)
x = [0, 1, 2, 3, 4]
del x[1], x[-1]
print(x)
del x[:]
print(x)
class O: pass
o = O(); o.v = 1
o.v *= 10
del o.v
print(hasattr(o, "v"))
try:
    del o.v
except AttributeError as e:
    print(type(e).__name__ + ":", e)
n = 5
del n
try:
    n
except NameError as e:
    print(type(e).__name__ + ":", e)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print(type(e).__name__ + ":", e, e.args)
try:
    assert [], ()
except AssertionError as e:
    print(repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
i = j = 0
i, j = j + 1, i + 2
print(i, j)
lst = [1, 2, 3]
i = 0
i, lst[i] = 1, 9
print(lst)
print(..., type(...).__name__, Ellipsis is ..., NotImplemented, type(None).__name__)
def empty(): pass
print(empty(), (lambda: None)())
x = 10
def scope():
    print(x)
scope()
s = 0
for k in range(5):
    if k == 3: break
    s += k
else:
    s = -1
print(s)
while False:
    pass
else:
    print("while-else ran")
print(int("4" * 4300) % 7)
try:
    int("4" * 4301)
except ValueError as e:
    print(type(e).__name__ + ":", str(e)[:60])
