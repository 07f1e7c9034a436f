# A slice's bounds meet the list as it is when they are used: an __index__ or the assigned iterable that changes
# the list first (CPython: PySlice_Unpack, then PySlice_AdjustIndices with the current length), and empty slices of
# empty lists in both directions.
l = [object() for _ in range(10)]
class Clears:
    def __index__(self):
        l.clear()
        return 10
del l[0:Clears()]
print(l)
l = list(range(10))
l[2:8] = map(lambda x: l.clear(), [1])
print(l)
l = list(range(10))
print(l[:Clears()], l)
l = list(range(10))
l[1:9:2] = (x for x in "abcd")
print(l)
l = list(range(10))
def shrink():
    del l[3:]
    yield from "xyz"
l[0:8] = shrink()
print(l)
l = list(range(10))
class Grows:
    def __index__(self):
        l.extend(range(100, 105))
        return -1
print(l[Grows():], l[:Grows():-3], len(l))
del l[Grows()::-4]
print(l)
print([][::-1], [][5:-5:-1], [][::3], (1, 2)[5:0:-1], "ab"[5:0:-1], ()[::-1], ""[::-2])
