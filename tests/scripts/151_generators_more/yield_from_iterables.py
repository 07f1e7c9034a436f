# yield from over lists, strings, ranges, dict views, other generators; recursive flatten
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), {"k": 1}.keys())))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, []])], 5])))
def tree(depth, prefix="n"):
    yield prefix
    if depth:
        yield from tree(depth - 1, prefix + "L")
        yield from tree(depth - 1, prefix + "R")
print(list(tree(2)))
def gen_ret():
    yield 1
    return "r"
def use():
    v = yield from gen_ret()
    yield v
print(list(use()))
