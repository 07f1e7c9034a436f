# astimezone round trips: UTC -> zone -> UTC is exact, zone -> other zone -> zone too, for many instants
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

KEYS = ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Apia",
        "America/Sao_Paulo", "UTC", "Europe/Dublin", "Pacific/Chatham", "Asia/Kathmandu", "America/St_Johns",
        "Antarctica/Troll", "Pacific/Kiritimati", "Asia/Tokyo"]
zones = [ZoneInfo(k) for k in KEYS]

bad = 0
checked = 0
folds = {}
for zone in zones:
    t = datetime(1890, 1, 1, tzinfo=timezone.utc)
    step = timedelta(days=37, hours=7, minutes=13)  # about 2,000 instants a zone (the sanitizer build runs this too)
    while t.year < 2100:
        local = t.astimezone(zone)
        back = local.astimezone(timezone.utc)
        if back != t:
            bad += 1
        folds[zone.key] = folds.get(zone.key, 0) + local.fold
        other = local.astimezone(zones[0]).astimezone(zone)
        if (other.replace(tzinfo=None), other.fold) != (local.replace(tzinfo=None), local.fold):
            bad += 1
        checked += 1
        t += step
print("checked", checked, "bad", bad)
print(folds)

# a chain of conversions through every zone comes back to the start
t = datetime(2024, 10, 27, 1, 30, tzinfo=timezone.utc)
d = t
for zone in zones:
    d = d.astimezone(zone)
    print(f"{d:%Y-%m-%d %H:%M:%S %z} {d.tzname():>6} {d.fold}")
print(d.astimezone(timezone.utc) == t)

# a naive datetime in a zone, then to UTC and back, across a whole day of a transition, every 20 minutes
LON = ZoneInfo("Europe/London")
start = datetime(2024, 3, 31, 0, 0)
for i in range(9):
    naive = start + timedelta(minutes=20 * i)
    a = naive.replace(tzinfo=LON)
    r = a.astimezone(timezone.utc).astimezone(LON)
    print(naive.time(), "->", r.time(), r.tzname(), r.replace(tzinfo=None) == naive)
