# slicing and slice assignment on lists: growing/shrinking, extended slices, deletion, negative steps
a = list(range(10))
print(a[2:8:2], a[::-1], a[-3:-1], a[8:2:-3], a[100:], a[-100:3], a[::-4])
a[2:5] = ["x"]
print(a)
a[1:1] = ["ins1", "ins2"]
print(a)
a[-2:] = []
print(a)
a[::2] = range(len(a[::2]))
print(a)
del a[1::3]
print(a)
a[:] = "abc"
print(a)
b = [1, 2, 3, 4, 5, 6]
b[::-2] = ["six", "four", "two"]
print(b)
b[len(b):] = [7, 8]
print(b, b[slice(1, 4)], b[slice(None, None, 3)])
grid = [[0] * 3 for _ in range(3)]
grid[1][1:] = [5, 5]
print(grid)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
