# timedeltas order by duration, hash by value, and compare equal only to timedeltas
from datetime import timedelta
items = [timedelta(hours=25), timedelta(days=1), timedelta(0), timedelta(microseconds=-1), timedelta(weeks=-1), timedelta(seconds=86400)]
print(sorted(items))
print(max(items), min(items), timedelta(days=1) in items, items.count(timedelta(hours=24)))
a, b = timedelta(minutes=90), timedelta(hours=1.5)
print(a == b, a != b, a < b, a <= b, a > b, a >= b, hash(a) == hash(b))
print(len({timedelta(1), timedelta(hours=24), timedelta(seconds=86400), timedelta(2)}))
print(timedelta(1) == 1, timedelta(0) == 0, timedelta(0) != None, timedelta(1) == "1 day")
counts = {}
for minutes in [30, 60, 90, 120, 60, 30]:
    counts[timedelta(minutes=minutes)] = counts.get(timedelta(minutes=minutes), 0) + 1
print(sorted((str(k), v) for k, v in counts.items()))
