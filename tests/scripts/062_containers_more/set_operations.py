# set and frozenset operations: union/intersection/difference with methods and operators, subsets, in-place updates
python = {"ann", "bob", "cid", "dee"}
rust = {"cid", "dee", "eve"}
go = frozenset({"bob", "eve", "fay"})
print(sorted(python | rust), sorted(python & rust), sorted(python - rust), sorted(python ^ rust))
print(sorted(python.union(rust, go)), sorted(python.intersection(rust, ["dee"])), sorted(python.difference(rust, go)))
print(sorted(go | python), type(go | python).__name__, type(python | go).__name__, type(go.copy()).__name__)
print({"cid"} <= rust, {"cid"} < rust, rust < rust, rust.issubset(python | rust), python.issuperset(["ann"]), go.isdisjoint(python))
s = set("mississippi")
print(sorted(s), len(s))
s |= {"x"}
s &= set("spx")
s -= {"p"}
s ^= {"q", "s"}
print(sorted(s))
s.update("ab", ["c"])
s.discard("zz")
s.add("d")
print(sorted(s), s.pop() in "abcdqx", len(s))
t = {1, 2, 3}
t.intersection_update({2, 3, 4})
t.difference_update([3])
t.symmetric_difference_update({5})
print(t, frozenset([1, 2]) == {1, 2}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): "ok"})
try:
    t.remove(99)
except KeyError as e:
    print("KeyError:", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
