# deepcopy memo: cycles, shared references, explicit memo dicts
import copy

a = [1, 2]
b = [a, a]
c = copy.deepcopy(b)
print(c, c[0] is c[1], c[0] is a)

cyc = [1]
cyc.append(cyc)
d = copy.deepcopy(cyc)
print(d[1] is d, d is cyc, len(d))

dd = {"k": None}
dd["k"] = dd
e = copy.deepcopy(dd)
print(e["k"] is e, e is dd)

# a tuple in a cycle through a list
l = []
t = (l, 1)
l.append(t)
ct = copy.deepcopy(t)
print(ct[0][0] is ct, ct is t, ct[0] is l)

# explicit memo: pre-seeded entries are returned as-is
shared = [9]
memo = {id(shared): "seeded"}
print(copy.deepcopy([shared, shared], memo))

memo = {}
x = [[1], [2]]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y, memo[id(x[0])] is y[0])
print(id(memo) in memo, isinstance(memo[id(memo)], list))
print(copy.deepcopy(x, memo) is y)

class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

n1, n2 = Node("a"), Node("b")
n1.links.append(n2)
n2.links.append(n1)
m1 = copy.deepcopy(n1)
print(m1.name, m1.links[0].name, m1.links[0].links[0] is m1, m1 is n1)
