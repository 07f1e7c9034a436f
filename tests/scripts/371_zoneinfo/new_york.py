# America/New_York: EST and EDT across transitions, the 2007 rule change, gaps and folds
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")

for y in [1966, 1974, 1975, 1986, 1987, 2006, 2007, 2023, 2024, 2037]:
    t = datetime(y, 1, 1, tzinfo=timezone.utc)
    prev = t.astimezone(NY)
    changes = []
    while t.year == y:
        t += timedelta(hours=1)
        local = t.astimezone(NY)
        if local.tzname() != prev.tzname():
            changes.append(f"{local:%m-%d %H:%M} {prev.tzname()}->{local.tzname()}")
        prev = local
    print(y, changes)

for dt in [datetime(2024, 3, 10, 1, 59), datetime(2024, 3, 10, 2, 0), datetime(2024, 3, 10, 2, 30),
           datetime(2024, 3, 10, 3, 0), datetime(2024, 11, 3, 0, 59), datetime(2024, 11, 3, 1, 0),
           datetime(2024, 11, 3, 1, 59, 59), datetime(2024, 11, 3, 2, 0)]:
    for fold in (0, 1):
        a = dt.replace(tzinfo=NY, fold=fold)
        u = a.astimezone(timezone.utc)
        back = u.astimezone(NY)
        print(a, fold, a.tzname(), a.utcoffset(), a.dst(), "->", u.time(), "->", back.time(), back.fold, back.tzname())

# 1883 and earlier: local mean time, -4:56:02
for dt in [datetime(1883, 11, 18, 12, 3, 57), datetime(1883, 11, 18, 12, 3, 58), datetime(1850, 6, 1)]:
    a = dt.replace(tzinfo=NY)
    print(a, a.tzname(), a.utcoffset(), a.astimezone(timezone.utc))
# World War II "war time" and "peace time"
for dt in [datetime(1942, 6, 1), datetime(1945, 8, 14, 19), datetime(1945, 9, 30, 12)]:
    a = dt.replace(tzinfo=NY)
    print(a, a.tzname(), a.utcoffset(), a.dst())
