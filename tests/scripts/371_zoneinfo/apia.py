# Pacific/Apia: the day skipped when Samoa crossed the date line (2011-12-30), DST from 2010 to 2021
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

APIA = ZoneInfo("Pacific/Apia")

u = datetime(2011, 12, 30, 7, tzinfo=timezone.utc)
for i in range(6):
    t = u + timedelta(hours=i)
    local = t.astimezone(APIA)
    print(t.strftime("%m-%d %H:%M"), "->", local.isoformat(), local.tzname(), local.dst(), local.fold)

for dt in [datetime(2011, 12, 29, 23, 59), datetime(2011, 12, 30, 12), datetime(2011, 12, 31, 0),
           datetime(2011, 12, 31, 0, 1)]:
    for fold in (0, 1):
        a = dt.replace(tzinfo=APIA, fold=fold)
        print(a.isoformat(), fold, a.tzname(), a.astimezone(timezone.utc).isoformat())

# the 24-hour gap: wall-clock arithmetic inside one zone ignores it, conversion through UTC does not
a = datetime(2011, 12, 29, 12, tzinfo=APIA)
b = datetime(2011, 12, 31, 12, tzinfo=APIA)
print(b - a, b.astimezone(timezone.utc) - a.astimezone(timezone.utc))
print((a + timedelta(days=1)).isoformat(), (a.astimezone(timezone.utc) + timedelta(days=1)).astimezone(APIA).isoformat())

# each year's offsets in January and July, then the years after DST stopped
for y in [1900, 1960, 2009, 2010, 2011, 2012, 2015, 2020, 2021, 2022, 2040]:
    jan = datetime(y, 1, 15, tzinfo=APIA)
    jul = datetime(y, 7, 15, tzinfo=APIA)
    print(y, jan.utcoffset(), jan.tzname(), jan.dst(), "|", jul.utcoffset(), jul.tzname(), jul.dst())
# the last DST season: April 2021 fold
for i in range(4):
    t = datetime(2021, 4, 3, 12, tzinfo=timezone.utc) + timedelta(minutes=30 * i)
    local = t.astimezone(APIA)
    print(t.time(), "->", local.isoformat(), local.fold, local.dst())
