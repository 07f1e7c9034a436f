# range.index/count, slice.indices, range attributes.
r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(10), r.start, r.stop, r.step, 9 in r, 10 in r)
print(range(10, 0, -2).index(4), range(5).count(True), range(3).index(2.0))
print(slice(1, 2, 3).indices(10), slice(None).indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(2))
print(slice(10, -20, -2).indices(7), slice(1, 8).start, slice(1, 8).stop, slice(1, 8).step)
s = {1, 2, 3}
s.intersection_update({2, 3, 4}, [3, 2])
print(s)
s.difference_update([2])
print(s)
s.symmetric_difference_update({3, 9})
print(s)
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError", e)
slice(1, 2).indices(-1)
