# yield from: delegating to sub-generators and iterables, flattening a tree, and passing values through send().
def inner():
    yield "a"
    yield "b"

def outer():
    yield 1
    yield from inner()
    yield from [2, 3]
    yield from range(4, 6)

print(list(outer()))

def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node

print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))

def echo():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def relay():
    final = yield from echo()
    print("relay got", final)

r = relay()
print(next(r), r.send(5), r.send(10))
print(next(r, "finished"))
