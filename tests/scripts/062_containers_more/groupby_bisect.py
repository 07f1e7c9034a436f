# grouping sorted records with itertools.groupby and keeping a sorted list with bisect.insort/bisect_left
from itertools import groupby
from operator import itemgetter
import bisect
sales = [("east", "jan", 10), ("west", "jan", 7), ("east", "feb", 4), ("west", "feb", 12), ("north", "jan", 1)]
sales.sort(key=itemgetter(0))
for region, rows in groupby(sales, key=itemgetter(0)):
    rows = list(rows)
    print(region, len(rows), sum(r[2] for r in rows), [r[1] for r in rows])
print([(k, len(list(g))) for k, g in groupby("aaabccdddd")], [k for k, _ in groupby([1, 1, 2, 1])])
scores = []
for s in [70, 50, 90, 70, 60]:
    bisect.insort(scores, s)
print(scores, bisect.bisect_left(scores, 70), bisect.bisect_right(scores, 70), bisect.bisect(scores, 100))
grades = "FDCBA"
cutoffs = [60, 70, 80, 90]
print([grades[bisect.bisect(cutoffs, s)] for s in [33, 60, 75, 89, 90, 100]])
