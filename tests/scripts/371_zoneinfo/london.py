# Europe/London: GMT and BST around the 2023 transitions, the repeated and the skipped hour, older rules
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

LON = ZoneInfo("Europe/London")


def show(dt):
    print(dt.isoformat(), dt.fold, dt.utcoffset(), dt.dst(), dt.tzname())


# wall times around the spring-forward gap (01:00 -> 02:00 on 26 March 2023) and the autumn fold
for h, m in [(0, 59), (1, 0), (1, 30), (1, 59), (2, 0), (2, 30)]:
    for fold in (0, 1):
        show(datetime(2023, 3, 26, h, m, tzinfo=LON, fold=fold))
for h, m in [(0, 59), (1, 0), (1, 30), (1, 59), (2, 0)]:
    for fold in (0, 1):
        show(datetime(2023, 10, 29, h, m, tzinfo=LON, fold=fold))

# UTC instants every 30 minutes across both transitions
for start in [datetime(2023, 3, 25, 23, 0, tzinfo=timezone.utc), datetime(2023, 10, 28, 23, 0, tzinfo=timezone.utc)]:
    for i in range(6):
        u = start + timedelta(minutes=30 * i)
        local = u.astimezone(LON)
        print(u.strftime("%H:%M"), "->", local.strftime("%Y-%m-%d %H:%M %Z %z"), local.fold)

# British Standard Time (BST all year, 1968-1971), double summer time in the war, pre-1900 local mean time
for dt in [datetime(1969, 1, 15, 12), datetime(1970, 7, 1), datetime(1972, 1, 1), datetime(1943, 6, 1, 12),
           datetime(1943, 1, 1), datetime(1847, 12, 1), datetime(1800, 1, 1), datetime(1916, 5, 21, 3)]:
    show(dt.replace(tzinfo=LON))
print(datetime(1847, 12, 1, 0, 1, 14, tzinfo=LON).astimezone(timezone.utc))

# the transitions of a whole year, found by probing every hour of 2024
prev = None
t = datetime(2024, 1, 1, tzinfo=timezone.utc)
while t.year == 2024:
    local = t.astimezone(LON)
    if prev is not None and local.utcoffset() != prev.utcoffset():
        print("transition at", t, ":", prev.isoformat(), "->", local.isoformat())
    prev = local
    t += timedelta(hours=1)
