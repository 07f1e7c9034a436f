# bisect with key= (3.10+) and heapq nsmallest/nlargest/merge with keys, heap of tuples
import bisect
import heapq

scores = [(60, "d"), (70, "c"), (80, "b"), (90, "a")]
for s in [55, 70, 85, 95]:
    i = bisect.bisect_right(scores, s, key=lambda t: t[0])
    print(s, i, "FDCBA"[i] if i < 5 else "?")
print(bisect.bisect_left([1, 2, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 2, 3], 2))
rows = []
for name, age in [("x", 30), ("y", 20), ("z", 25), ("w", 20)]:
    bisect.insort(rows, (age, name))
print(rows)
byage = []
for rec in [{"n": "a", "a": 5}, {"n": "b", "a": 1}, {"n": "c", "a": 3}]:
    bisect.insort(byage, rec, key=lambda r: r["a"])
print([r["n"] for r in byage], bisect.bisect(byage, 3, key=lambda r: r["a"]))

words = ["banana", "kiwi", "apple", "fig", "cherry", "date"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(2, words, key=lambda w: w[-1]))
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(1, []))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
print(list(heapq.merge(["aa", "c"], ["b", "dddd"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
h = []
for pri, task in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "also-urgent")]:
    heapq.heappush(h, (pri, task))
print([heapq.heappop(h) for _ in range(2)], h[0])
print(heapq.heappushpop(h, (0, "zero")), heapq.heapreplace(h, (5, "five")), sorted(h))
data = [7, 3, 9, 1, 5]
heapq.heapify(data)
print(data[0], [heapq.heappop(data) for _ in range(len(data))])
