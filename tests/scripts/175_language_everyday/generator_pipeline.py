# realistic generator pipeline: reading records, filtering, windows, coroutine-style accumulator
import itertools
RAW = """date,city,temp
2024-01-01,Oslo,-3.5
2024-01-01,Rome,12.0
2024-01-02,Oslo,-1.0
bad line
2024-01-02,Rome,13.5
2024-01-03,Oslo,0.5
2024-01-03,Rome,11.0"""
def lines(text):
    yield from text.splitlines()
def records(ls):
    header = next(ls).split(",")
    for n, line in enumerate(ls, 2):
        parts = line.split(",")
        if len(parts) != len(header):
            print(f"skipping line {n}: {line!r}")
            continue
        rec = dict(zip(header, parts))
        rec["temp"] = float(rec["temp"])
        yield rec
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
def running_mean():
    total, n, mean = 0.0, 0, None
    while True:
        v = yield mean
        total += v; n += 1
        mean = total / n
recs = list(records(lines(RAW)))
print(len(recs), recs[0])
oslo = (r["temp"] for r in recs if r["city"] == "Oslo")
print([round(sum(w) / len(w), 2) for w in window(oslo, 2)])
acc = running_mean(); next(acc)
print([acc.send(r["temp"]) for r in recs])
for city, group in itertools.groupby(sorted(recs, key=lambda r: r["city"]), key=lambda r: r["city"]):
    temps = [g["temp"] for g in group]
    print(f"{city:<5} min={min(temps):5.1f} max={max(temps):5.1f} n={len(temps)}")
evens = (i for i in itertools.count() if i % 2 == 0)
print(list(itertools.islice(evens, 5)), next(evens))
