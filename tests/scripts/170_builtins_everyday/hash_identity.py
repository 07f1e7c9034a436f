# hash() of immutables, hash consistency with ==, unhashable types, identity checks without ids
print(hash(1) == hash(1.0) == hash(True), hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")))
print(hash(frozenset("ab")) == hash(frozenset("ba")), hash(()) == hash(()), hash(None) == hash(None), hash(-1) == hash(-2))
print(hash(2**61 - 1), hash(2**61), hash(-1), hash(0), hash(10**30) == hash(10**30 % (2**61 - 1)), hash(0.5), hash(-0.0))
print(hash(float("inf")), hash(float("-inf")), hash(1.5), hash(complex(0, 0)), hash(2**61 - 2))
for v in [[1], {1: 2}, {1}, bytearray(b"x"), ([1],)]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __hash__(self): return hash(self.v)
class NoHash:
    def __eq__(self, o): return True
print(len({K(1), K(1), K(2)}), K(1) in {K(1)}, {K(3): "x"}[K(3)], NoHash.__hash__ is None)
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__ + ":", e)
a = [1, 2]; b = a; c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, ... is Ellipsis, NotImplemented is NotImplemented)
x = object()
print(x is x, x == x, x != object(), (lambda: 0) is not (lambda: 0), int is type(5), type(type) is type)
print(frozenset() == frozenset(), True is (1 == 1), bool is type(False), str is type(""))
class P:
    pass
p1, p2 = P(), P()
print(p1 == p2, p1 == p1, p1 != p2, hash(p1) == hash(p1), len({p1, p2, p1}))
# realistic: memoized function keyed on hashable args
calls = 0
cache = {}
def area(shape, dims):
    global calls
    key = (shape, tuple(dims))
    if key not in cache:
        calls += 1
        cache[key] = dims[0] * dims[1] if shape == "rect" else 3 * dims[0] ** 2
    return cache[key]
print([area("rect", [2, 3]), area("rect", (2, 3)), area("hex", [1]), area("rect", [3, 2])], calls)
