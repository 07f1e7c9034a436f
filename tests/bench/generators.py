# generators: generator functions with yield and yield from (recursive tree walks, delegation that returns a
# value), coroutine-style generators driven by send(), throw() and close(), and multi-stage pipelines of generators.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(src):
    for x in src:
        yield x * x


def only(src, mod):
    for x in src:
        if x % mod:
            yield x


def chunks(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def walk(tree):
    # tree: (value, [children])
    value, children = tree
    yield value
    for child in children:
        yield from walk(child)


def build(depth, seed):
    if depth == 0:
        return (seed, [])
    return (seed, [build(depth - 1, seed * 3 + k) for k in range(3)])


def inner_sum(n):
    total = 0
    for i in range(n):
        total += yield i
    return total


def outer(rounds, n):
    grand = 0
    for _ in range(rounds):
        grand += yield from inner_sum(n)
    return grand


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError:
            total = 0.0
            count = 0
            avg = None
            continue
        total += value
        count += 1
        avg = total / count


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main():
    total = 0
    for rnd in range(36):
        for chunk in chunks(only(squares(count_up(40000)), 3 + rnd), 64):
            total = (total + sum(chunk) + len(chunk)) % 1000000007
    print("pipeline:", total)

    tree = build(10, 1)
    print("walk:", sum(walk(tree)) % 1000000007, max(walk(tree)))

    gen = outer(600, 500)
    value = next(gen)
    results = 0
    try:
        while True:
            value = gen.send(value * 2 + 1)
            results += 1
    except StopIteration as stop:
        print("delegate:", results, stop.value)

    avg = averager()
    next(avg)
    last = 0.0
    for i in range(450000):
        if i % 1000 == 999:
            avg.throw(ValueError)
            continue
        last = avg.send(i % 97)
    avg.close()
    print("averager: %.6f" % last)

    g = fib_gen()
    big = 0
    for _ in range(3):
        for k, f in zip(range(2000), g):
            big ^= f
    print("fib:", big % 1000000007, big.bit_length())
    gens = [count_up(k) for k in range(500)]
    print("many:", sum(sum(g) for g in gens))


main()
