# deque mutation while iterating (RuntimeError), clear/remove inside methods and nested deque repr
from collections import deque

d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.appendleft(0)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
d = deque([1, 2, 3])
try:
    for x in reversed(d):
        d.pop()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
print(d)
d = deque([[1], [2]])
d[0].append(5)
print(d)
inner = deque([1])
outer = deque([inner, deque()])
print(outer)
d = deque()
d.append(d)
d.append(1)
print(d, str(d))
class Weird:
    def __eq__(self, other):
        return other == 3
d = deque([1, 2, 3])
print(d.count(Weird()), Weird() in d, d.index(Weird()))
d.remove(Weird())
print(d)
