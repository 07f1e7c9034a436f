# itertools_pipeline: lazy data pipelines built from itertools: chain, islice, groupby, accumulate, product,
# combinations, zip_longest, starmap, compress, takewhile/dropwhile, pairwise, tee, count and cycle, consumed by
# sum/max/list/dict and for loops.
from itertools import (accumulate, chain, combinations, compress, count, cycle, dropwhile, groupby, islice,
                       pairwise, product, starmap, takewhile, tee, zip_longest)
import operator


def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x


def runs_summary(values):
    # lengths of runs of equal keys, via groupby on a sorted and an unsorted stream
    keyed = sorted(values, key=lambda v: v % 97)
    by_key = {k: sum(1 for _ in g) for k, g in groupby(keyed, key=lambda v: v % 97)}
    raw_runs = max(len(list(g)) for _, g in groupby(v % 3 for v in values))
    return len(by_key), max(by_key.values()), raw_runs


def prefix_stats(values):
    running = list(accumulate(values))
    peaks = list(accumulate(values, max))
    prod_mod = list(accumulate((v + 1 for v in values), lambda a, b: a * b % 1000003, initial=1))
    rises = sum(1 for a, b in pairwise(values) if b > a)
    return running[-1], peaks[-1], prod_mod[-1], rises


def grid_paths(n):
    # enumerate small grids with product and pick monotone rows
    total = 0
    for row in product(range(4), repeat=n):
        if all(a <= b for a, b in pairwise(row)):
            total += sum(starmap(operator.mul, zip(row, count(1))))
    return total


def pair_sums(values):
    best = 0
    hits = 0
    for a, b, c in combinations(values, 3):
        s = a + b + c
        if s % 13 == 0:
            hits += 1
            if s > best:
                best = s
    return hits, best


def zipped(a, b, c):
    out = 0
    for x, y, z in zip_longest(a, b, c, fillvalue=-1):
        out = (out * 31 + x * 7 + y * 3 + z) % 1000000007
    return out


def pipeline(seed):
    src = lcg(seed)
    values = [v % 1000 for v in islice(src, 30000)]
    print("runs:", runs_summary(values))
    print("prefix:", prefix_stats(values))
    print("grid:", grid_paths(8))
    print("pairs:", pair_sums(values[:110]))
    a, b = tee(islice(lcg(seed + 7), 20000))
    evens = list(compress(a, cycle([1, 0, 0])))
    rest = list(dropwhile(lambda v: v % 11 != 0, b))
    small = list(takewhile(lambda v: v % 5000 != 1, chain(evens, rest)))
    print("tee:", len(evens), len(rest), len(small))
    print("zip:", zipped(values[:20000], values[5000:21000:2], range(7000)))
    flat = sum(chain.from_iterable(islice(product(range(10), repeat=3), i, None, 37) for i in range(40)), ())
    flat = sum(flat) + len(flat)
    print("flat:", flat)
    windows = sum(max(w) - min(w) for w in zip(values, values[1:], values[2:], values[3:]))
    print("windows:", windows)


for seed in (2024, 99, 31337, 4242, 777):
    pipeline(seed)
