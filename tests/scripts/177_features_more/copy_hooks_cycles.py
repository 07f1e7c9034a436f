# copy.copy/deepcopy with __copy__/__deepcopy__ hooks, memo, and self-referential structures
import copy

class Node:
    def __init__(self, val):
        self.val = val
        self.children = []
        self.parent = None

root = Node(1)
child = Node(2)
child.parent = root
root.children.append(child)
dup = copy.deepcopy(root)
print(dup.val, dup.children[0].val, dup.children[0].parent is dup, dup is not root)
shallow = copy.copy(root)
print(shallow.children is root.children)

cyc = [1, 2]
cyc.append(cyc)
d = copy.deepcopy(cyc)
print(d[2] is d, d is not cyc, d[:2])

class Tracked:
    def __init__(self, items):
        self.items = items
    def __copy__(self):
        print("__copy__")
        return Tracked(self.items)
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        new = Tracked(copy.deepcopy(self.items, memo))
        return new

t = Tracked([[1], [2]])
c1 = copy.copy(t)
c2 = copy.deepcopy(t)
print(c1.items is t.items, c2.items == t.items, c2.items[0] is t.items[0])
shared = [0]
pair = {"a": shared, "b": shared}
dp = copy.deepcopy(pair)
print(dp["a"] is dp["b"], dp["a"] is shared)
tup = (1, "s", (2, 3))
print(copy.deepcopy(tup) is tup, copy.copy([1, 2]) == [1, 2])

class WithState:
    def __init__(self):
        self.x = 1
    def __getstate__(self):
        return {"x": self.x * 10}
    def __setstate__(self, st):
        self.x = st["x"] + 1
print(copy.copy(WithState()).x, copy.deepcopy(WithState()).x)
