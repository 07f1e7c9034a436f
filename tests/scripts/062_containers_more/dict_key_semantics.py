# dict keys: 1/1.0/True collide, tuple keys, ordering after update/delete/reinsert, equality ignores order
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), {0: "a", False: "b", 0.0: "c"})
d = {"b": 1, "a": 2, "c": 3}
d["b"] = 10
del d["a"]
d["a"] = 20
print(list(d), d == {"a": 20, "b": 10, "c": 3}, list(d.items()) == list({"a": 20, "b": 10, "c": 3}.items()))
grid = {}
for r in range(2):
    for c in range(3):
        grid[r, c] = r * 3 + c
print(grid[1, 2], grid.get((5, 5), "-"), sorted(k for k in grid if k[0] == 0), max(grid, key=grid.get))
fs = {frozenset({"a", "b"}): "ab", frozenset(): "empty"}
print(fs[frozenset(["b", "a"])], fs[frozenset()], None in {None: 1}, {(): 0}[()], {"": 1}.get(""))
class Key:
    def __init__(self, name): self.name = name
    def __eq__(self, other): return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self): return hash(self.name.lower())
reg = {Key("Alice"): 1}
print(reg.get(Key("ALICE")), Key("bob") in reg, len({Key("x"), Key("X")}))
