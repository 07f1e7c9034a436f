# deque: both ends, maxlen, rotate, indexing, comparison and the mutation-during-iteration error
from collections import deque

d = deque("ghi")
d.append("j")
d.appendleft("f")
print(d, d.pop(), d.popleft(), d)
d.extend("jkl")
d.extendleft("abc")
print(d, len(d), d[0], d[-1])
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.index("h"), d.count("g"), "k" in d)
d.insert(2, "X")
d.remove("X")
del d[0]
d[0] = "Z"
print(d)
d.reverse()
print(list(d), list(reversed(d)))
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
print(last3, last3.maxlen)
last3.appendleft(-1)
print(last3)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
print(deque([1, 2]) + deque([3]), deque([0]) * 3)
e = deque()
try:
    e.pop()
except IndexError as err:
    print("IndexError:", err)
try:
    e.popleft()
except IndexError as err:
    print("IndexError:", err)
try:
    deque([1, 2]).index(5)
except ValueError as err:
    print("ValueError:", err)
q = deque([1, 2, 3])
try:
    for item in q:
        q.append(item)
except RuntimeError as err:
    print("RuntimeError:", err)
q.clear()
print(q, bool(q), deque(range(3), 2), q.copy())
r = deque([1])
r.append(r)
print(r)
try:
    deque([], -1)
except ValueError as err:
    print("ValueError:", err)
