# list slice assignment with generators/self, extended-slice rules, del patterns, list modified during sort
a = list(range(8))
a[1:3] = (x * 10 for x in range(4)); print(a)
a[:] = a[::-1]; print(a)
a[2:2] = a; print(a, len(a))
b = [0, 1, 2, 3, 4, 5]
b[::2] = [9, 9, 9]; print(b)
b[5:0:-2] = "xyz"; print(b)
b[10:] = [7]; print(b)
b[-100:1] = []; print(b)
del b[::-2]; print(b)
del b[:]; print(b)
c = [1, 2, 3]
c[1:2] = []; c[0:0] = [0]; c[len(c):] = range(2); print(c)
for f in [lambda: c.__setitem__(slice(None, None, 2), [1]),
          lambda: c.__delitem__(10), lambda: c.__setitem__(slice(None, None, 0), [])]:
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
d = [3, 1, 2]
def bad_key(x):
    d.append(x)
    return x
try:
    d.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__ + ":", e)
def raising_key(x):
    if x == 2: raise KeyError(x)
    return x
e = [3, 2, 1]
try:
    e.sort(key=raising_key)
except KeyError as ex:
    print(type(ex).__name__ + ":", ex, e)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
alias = [[0] * 3] * 3
alias[1][1] = 5
print(m, alias)
