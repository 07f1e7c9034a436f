# Sets of ints, floats, bools and strs that compare equal across types, hashes at the modulus 2**61 - 1, and
# keys with their own __eq__/__hash__ meeting ints.
s = {1, 1.0, True, 2, 2.0, "a", "a", -1, -2, 2**61 - 1, 2**61, -(2**61) + 1, -(2**61), 2**64}
print(len(s), sorted(map(repr, s)))
print({x for x in [1, True, 1.0, 0, False, 0.0, "x", "x" * 1, "".join(["x"])]})
print(hash(-1), hash(-2), hash(2**61 - 2), hash(2**61 - 1), hash(2**61), hash(-(2**61) + 1), hash(-(2**61) + 2), hash(-(2**61)))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): print("eq", self.v, o); return self.v == o
t = {1, 2, 3}
t.add(K(2)); t.add(K(5)); print(len(t))
u = {K(7)}; u.add(7); print(len(u))
w = {"ab", "ba"}; w.add("a" + "b"); print(sorted(w))
