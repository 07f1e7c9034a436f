# custom ordering with functools.cmp_to_key: version strings, "largest number" arrangement, stable multi-pass sort
from functools import cmp_to_key
def cmp_versions(a, b):
    pa, pb = [int(x) for x in a.split(".")], [int(x) for x in b.split(".")]
    n = max(len(pa), len(pb))
    pa += [0] * (n - len(pa))
    pb += [0] * (n - len(pb))
    return (pa > pb) - (pa < pb)
versions = ["1.10", "1.2", "1.2.0", "1.9.9", "2", "0.99", "1.2.1"]
print(sorted(versions, key=cmp_to_key(cmp_versions)))
print(sorted(versions), max(versions, key=cmp_to_key(cmp_versions)))
nums = [3, 30, 34, 5, 9]
order = sorted(map(str, nums), key=cmp_to_key(lambda a, b: (a + b < b + a) - (a + b > b + a)))
print("".join(order))
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
records.sort(key=lambda r: r[0])
records.sort(key=lambda r: r[1], reverse=True)
print(records)
print(sorted(["b", "A", "c"], key=cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower())), reverse=True))
