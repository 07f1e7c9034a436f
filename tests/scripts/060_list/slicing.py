# List slicing with steps and negative indices, slice assignment (growing, shrinking, extended) and del.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-1], a[8:2:-2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200]
print(b)
b[:] = [0, 1, 2, 3, 4, 5]
b[::2] = ["e", "e", "e"]
print(b)
del b[0]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
c = [1, 2, 3]
c[-1] = 30
c[len(c):] = [4]
print(c, a[100:], a[-100:2])
try:
    c[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
