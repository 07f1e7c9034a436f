# deepcopy of cyclic structures through dicts, objects, sets-of-tuples, and self-referencing instance attributes
import copy

class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
        self.prev = None
    def __repr__(self):
        return f"Node({self.v})"

nodes = [Node(i) for i in range(4)]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % 4]
    n.prev = nodes[i - 1]
c = copy.deepcopy(nodes[0])
walk, cur = [], c
for _ in range(5):
    walk.append(cur.v)
    cur = cur.next
print(walk, c.next.prev is c, c.prev.next is c, c is nodes[0], c.next is nodes[1])
obj = Node("self")
obj.next = obj
obj.prev = {"me": obj, "list": [obj]}
o2 = copy.deepcopy(obj)
print(o2.next is o2, o2.prev["me"] is o2, o2.prev["list"][0] is o2)
d = {}
d["list"] = [d, (d,)]
d2 = copy.deepcopy(d)
print(d2["list"][0] is d2, d2["list"][1][0] is d2)
a, b = [], []
a.append(b)
b.append(a)
ca = copy.deepcopy(a)
print(ca[0][0] is ca, ca is a)
memo = {}
x = [1]
y = copy.deepcopy([x, [x]], memo)
print(y[0] is y[1][0], id(x) in memo)
print(repr(copy.copy(a))[:10])
