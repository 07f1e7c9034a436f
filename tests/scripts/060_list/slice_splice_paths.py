# Slicing lists, tuples and strs: whole and empty slices, negative steps, slice assignment that grows, shrinks or
# takes the list itself, deletion by slices and steps in both directions, pop/remove/insert, and the errors.
t = tuple(range(10))
print(t[:] is t, t[2:2] == () and len(t[2:2]) == 0, t[::-1], t[8:2:-3], t[::4], t[-3:], t[5:100], t[100:], t[:-100])
class T(tuple): pass
u = T((1, 2, 3))
print(type(u[:]).__name__, u[:] is u, u[::-1], type(u[1:]).__name__)
s = "abcdefghij"
print(s[::3], s[::-2], s[8:1:-3], s[1:2:5], s[5:5:2] == "", "héllo wörld"[::2], "héllo wörld"[::-3])
l = list(range(12))
l[2:5] = "xy"; print(l)
l[2:4] = l; print(l)
l[::2] = range(len(l[::2])); print(l)
l[1:1] = (7, 8, 9); print(l)
l[-3:] = []; print(l)
del l[::3]; print(l)
del l[::-2]; print(l)
del l[1:3]; print(l)
del l[5:2]; print(l)
del l[-1]; print(l)
del l[0]; print(l)
l = list("abcdefgh")
print(l.pop(1), l.pop(0), l.pop(), l.pop(-2), l)
m = [[i] for i in range(20)]
m[3:15] = [["a"]]; print(len(m), m[:5])
m[1:2] = [[x] for x in "pqrstuvwxyz"]; print(len(m), m[:4], m[-2:])
try:
    m[::2] = [1]
except ValueError as e:
    print(e)
try:
    m[1:3] = 5
except TypeError as e:
    print(e)
q = list(range(30)); del q[2:25:4]; print(q)
q = list(range(30)); del q[25:2:-4]; print(q)
q = list(range(5)); q.remove(3); print(q); q.insert(2, "i"); print(q)
