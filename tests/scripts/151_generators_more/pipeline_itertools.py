# generator pipeline over log lines with itertools: groupby, islice, takewhile, accumulate, chain
from itertools import groupby, islice, takewhile, accumulate, chain, count
LOG = """\
INFO start
INFO load 12
WARN slow 300
INFO load 7
ERROR crash 1
INFO stop"""
def parse(lines):
    for line in lines:
        level, msg, *rest = line.split()
        yield level, msg, int(rest[0]) if rest else 0
records = list(parse(LOG.splitlines()))
by_level = {k: [m for _, m, _ in g] for k, g in groupby(sorted(records), key=lambda r: r[0])}
print(by_level)
print(list(islice((m for _, m, _ in records), 1, None, 2)))
print(list(takewhile(lambda r: r[0] != "ERROR", records))[-1])
print(list(accumulate(n for _, _, n in records)))
print(list(zip(count(1), chain("ab", [None]))))
