# yield from: delegation, return values, send/throw forwarding, recursive trees
def inner(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return got
def outer():
    r1 = yield from inner(2)
    r2 = yield from inner(1)
    return r1 + r2
g = outer()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("final", e.value)
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(2), (x * x for x in [3]))))
def gen_ret():
    yield 1
    return "R"
def wrap():
    v = yield from gen_ret()
    yield v
print(list(wrap()))
class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), sum(t))
