# Real Python shallow vs deep copy: aliasing, list slicing copies, copy.copy/deepcopy, custom __deepcopy__
import copy
a = [[1, 2], [3, 4]]
b = a
c = a[:]
d = copy.deepcopy(a)
a[0].append(99); a.append([5])
print(a, b, c, d, b is a, c is a, c[0] is a[0], d[0] is a[0])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
orig = {"name": "cfg", "opts": {"debug": False}, "tags": ["x"]}
sh = copy.copy(orig); dp = copy.deepcopy(orig)
sh["opts"]["debug"] = True; sh["name"] = "other"; dp["tags"].append("y")
print(orig, sh["name"], dp)
class Node:
    def __init__(self, val, children=None):
        self.val, self.children = val, children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"
root = Node(1, [Node(2), Node(3)])
root2 = copy.deepcopy(root); root2.children[0].val = 20
root3 = copy.copy(root); root3.val = 100; root3.children.append(Node(4))
print(root, root2, root3)
cyc = [1]; cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc, cc[1] is cc, cc is cyc)
class Config:
    def __init__(self):
        self.data = {"k": [1]}
        self.cache = object()
    def __copy__(self):
        new = Config.__new__(Config); new.data = self.data; new.cache = None; return new
    def __deepcopy__(self, memo):
        new = Config.__new__(Config); new.data = copy.deepcopy(self.data, memo); new.cache = None; return new
cfg = Config()
x, y = copy.copy(cfg), copy.deepcopy(cfg)
print(x.data is cfg.data, y.data is cfg.data, y.data == cfg.data, x.cache, y.cache)
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
print(list.copy([1, 2]), {1: 2}.copy(), {1, 2}.copy() == {1, 2})
