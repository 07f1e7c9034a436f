# del l[a:b:k] and l[a:b] = x for every kind of slice: in-place deletion, self-assignment, tuples and other iterables
for step in (1, 2, 3, -1, -2, 9, 100):
    for sl in [slice(None, None, step), slice(3, 17, step), slice(17, 3, step), slice(-5, None, step), slice(None, 4, step)]:
        l = list(range(20)); del l[sl]; print(step, sl, l)
        l = list(range(20)); l[sl.start:sl.stop] = l; print(l)
        l = list(range(20)); l[sl.start:sl.stop] = (9, 9); print(l)
l = [1, 2, 3]
l[1:2] = "xyz"; print(l)
try:
    l[0:1] = 5
except TypeError as e:
    print(e)
