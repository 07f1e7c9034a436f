# bisect: left/right positions, lo/hi bounds, key= on the items, insort keeping order, the errors, a grade table
from bisect import bisect, bisect_left, bisect_right, insort, insort_left
a = [1, 2, 2, 2, 5, 8]
print([bisect_left(a, x) for x in (0, 2, 3, 9)], [bisect_right(a, x) for x in (0, 2, 3, 9)], bisect(a, 2, 2, 4))
insort(a, 4); insort_left(a, 2); print(a)
records = [("ann", 3), ("bob", 5), ("cy", 9)]
print(bisect_left(records, 5, key=lambda r: r[1]), bisect_right(records, 5, key=lambda r: r[1]))
insort(records, ("dee", 6), key=lambda r: r[1]); print(records)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
for bad in [lambda: bisect(a, 1, -1), lambda: bisect(3, 1), lambda: bisect_left(a, "x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
