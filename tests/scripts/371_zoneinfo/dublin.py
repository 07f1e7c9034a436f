# Europe/Dublin: "negative DST" (IST is standard time in summer, GMT is winter time with dst() = -1h)
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

DUB = ZoneInfo("Europe/Dublin")

for dt in [datetime(2024, 1, 15), datetime(2024, 7, 15), datetime(1950, 1, 15), datetime(1950, 7, 15),
           datetime(1970, 1, 15), datetime(1971, 11, 15), datetime(2090, 1, 15), datetime(2090, 7, 15)]:
    a = dt.replace(tzinfo=DUB)
    print(a.isoformat(), a.tzname(), a.dst(), a.utcoffset(), bool(a.dst()), a.timetuple().tm_isdst)

# the autumn fold and spring gap with negative DST, from both sides
for dt in [datetime(2024, 10, 27, 0, 59), datetime(2024, 10, 27, 1, 0), datetime(2024, 10, 27, 1, 30),
           datetime(2024, 10, 27, 2, 0), datetime(2024, 3, 31, 1, 0), datetime(2024, 3, 31, 1, 30),
           datetime(2024, 3, 31, 2, 0), datetime(2070, 10, 26, 1, 30), datetime(2070, 3, 30, 1, 30)]:
    for fold in (0, 1):
        a = dt.replace(tzinfo=DUB, fold=fold)
        u = a.astimezone(timezone.utc)
        back = u.astimezone(DUB)
        print(a.isoformat(), fold, a.tzname(), a.dst(), "->", u.strftime("%H:%M"), "->", back.strftime("%H:%M"),
              back.fold, back.tzname())

u = datetime(2070, 10, 26, 0, 0, tzinfo=timezone.utc)
for i in range(5):
    local = (u + timedelta(minutes=30 * i)).astimezone(DUB)
    print(local.isoformat(), local.fold, local.tzname(), local.dst())

# Dublin Mean Time (-0:25:21) and Irish Summer Time (+0:34:39) in 1916
for dt in [datetime(1900, 1, 1), datetime(1916, 5, 21, 12), datetime(1916, 10, 1, 1, 30), datetime(1917, 1, 1)]:
    for fold in (0, 1):
        a = dt.replace(tzinfo=DUB, fold=fold)
        print(a.isoformat(), fold, a.tzname(), a.dst(), a.astimezone(timezone.utc).isoformat())
