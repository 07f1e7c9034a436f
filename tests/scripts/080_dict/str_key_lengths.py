# str keys of every length from 0 to 40, looked up by equal strs built at run time (other objects than the
# stored keys), and by strs that differ from a stored key in one byte at each position
def build(n, pos, ch):
    return "".join(ch if i == pos else "k" for i in range(n))


d = {}
for n in range(41):
    d["k" * n] = n
found = 0
wrong = 0
for n in range(41):
    key = "".join(["k"] * n)
    if d.get(key) == n:
        found += 1
    for pos in range(n):
        probe = build(n, pos, "j")
        if probe in d:
            wrong += 1
print(found, wrong)
counts = {}
for n in range(1, 20):
    for pos in range(n):
        k = build(n, pos, "x")
        counts[k] = counts.get(k, 0) + 1
        counts[build(n, pos, "x")] += 1
print(len(counts), sum(counts.values()), min(counts.values()), max(counts.values()))
s = set(build(12, p, "é") for p in range(12))
print(len(s), build(12, 3, "é") in s, build(12, 3, "è") in s)
