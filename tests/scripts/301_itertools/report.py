# a realistic program: a monthly sales report built with groupby, accumulate, islice and chain
import itertools

sales = [
    ("2024-01", "north", "widget", 120.0), ("2024-01", "south", "gadget", 80.5),
    ("2024-01", "north", "gadget", 42.25), ("2024-02", "east", "widget", 300.0),
    ("2024-02", "north", "widget", 99.99), ("2024-02", "south", "widget", 10.0),
    ("2024-03", "east", "gizmo", 75.0), ("2024-03", "east", "widget", 25.0),
    ("2024-03", "north", "gizmo", 150.0), ("2024-03", "south", "gadget", 60.0),
]

print("== totals by month ==")
monthly = []
for month, rows in itertools.groupby(sales, key=lambda r: r[0]):
    rows = list(rows)
    total = sum(r[3] for r in rows)
    monthly.append((month, total))
    print(f"{month}: {len(rows):2d} sales {total:9.2f}")

print("== running total ==")
for (month, total), running in zip(monthly, itertools.accumulate(t for _, t in monthly)):
    print(f"{month}: {total:9.2f} {running:10.2f}")
print("best month so far:", list(itertools.accumulate(monthly, lambda a, b: b if b[1] > a[1] else a)))

print("== by region (sorted first) ==")
by_region = sorted(sales, key=lambda r: (r[1], r[0]))
for region, rows in itertools.groupby(by_region, key=lambda r: r[1]):
    rows = list(rows)
    amounts = [r[3] for r in rows]
    print(f"{region:<6}", f"n={len(rows)}", f"sum={sum(amounts):.2f}", f"max={max(amounts):.2f}",
          "months=" + ",".join(k for k, _ in itertools.groupby(r[0] for r in rows)))

print("== product mix ==")
products = sorted(itertools.chain.from_iterable([r[2]] * int(r[3] // 50) for r in sales))
print([(p, len(list(g))) for p, g in itertools.groupby(products)])

print("== top 3 sales ==")
ranked = sorted(sales, key=lambda r: -r[3])
for rank, row in zip(itertools.count(1), itertools.islice(ranked, 3)):
    print(rank, *row)

print("== growth month over month ==")
for (m1, t1), (m2, t2) in itertools.pairwise(monthly):
    print(f"{m1} -> {m2}: {100 * (t2 - t1) / t1:+.1f}%")

print("== streaks of big sales (>= 75) ==")
streaks = [(big, len(list(g))) for big, g in itertools.groupby(sales, key=lambda r: r[3] >= 75)]
print(streaks, max(n for big, n in streaks if big))

print("== pages of 4 ==")
it = iter(sales)
for page in itertools.count(1):
    chunk = list(itertools.islice(it, 4))
    if not chunk:
        break
    print(page, [r[3] for r in chunk])
cumulative = list(itertools.accumulate((r[3] for r in sales), initial=0.0))
print(len(cumulative), round(cumulative[-1], 2), list(itertools.takewhile(lambda c: c < 500, cumulative)))
print(list(itertools.compress([m for m, _ in monthly], [t > 300 for _, t in monthly])))
print(list(itertools.zip_longest(["north", "south", "east"], [1, 2], fillvalue="n/a")))
