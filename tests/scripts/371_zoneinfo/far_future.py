# times after the last transition of the file follow the POSIX TZ rule of its footer
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

# (four zones, two years: the sanitizer build runs this too)
ZONES = ["America/New_York", "Australia/Lord_Howe", "Pacific/Chatham", "America/Santiago"]

# the transitions of a few far years, found hour by hour in UTC
for key in ZONES:
    z = ZoneInfo(key)
    for y in [2100, 2999]:
        t = datetime(y, 1, 1, tzinfo=timezone.utc)
        prev = t.astimezone(z)
        out = []
        while t.year == y:
            t += timedelta(hours=1)
            local = t.astimezone(z)
            if local.utcoffset() != prev.utcoffset():
                out.append(f"{local:%m-%d %H:%M %Z} f{local.fold}")
            prev = local
        print(key, y, out)

# wall times at far-future transitions, both folds, and the round trip through UTC
NY = ZoneInfo("America/New_York")
for dt in [datetime(2040, 3, 11, 2, 30), datetime(2040, 11, 4, 1, 30), datetime(2100, 3, 14, 2, 0),
           datetime(2100, 11, 7, 1, 59, 59), datetime(9999, 3, 14, 2, 30), datetime(9999, 11, 7, 1, 30),
           datetime(9999, 12, 31, 18, 59, 59)]:
    for fold in (0, 1):
        a = dt.replace(tzinfo=NY, fold=fold)
        u = a.astimezone(timezone.utc)
        print(a.isoformat(), fold, a.tzname(), a.dst(), u.isoformat(), u.astimezone(NY).fold)

# Chatham: +12:45 / +13:45; St Johns: -3:30 / -2:30 (both have the fold in local time)
for key, dt in [("Pacific/Chatham", datetime(2090, 4, 2, 3, 15)), ("Pacific/Chatham", datetime(2090, 9, 24, 2, 50)),
                ("America/St_Johns", datetime(2090, 11, 5, 1, 30)), ("America/St_Johns", datetime(2090, 3, 12, 2, 30))]:
    z = ZoneInfo(key)
    for fold in (0, 1):
        a = dt.replace(tzinfo=z, fold=fold)
        print(key, a.isoformat(), fold, a.tzname(), a.dst())
print(datetime.fromtimestamp(2 ** 37, ZoneInfo("Europe/London")), datetime.fromtimestamp(2 ** 35, NY))
