# arithmetic with aware datetimes in a ZoneInfo: wall-clock within a zone, absolute across zones
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

PAR = ZoneInfo("Europe/Paris")
NY = ZoneInfo("America/New_York")

before = datetime(2024, 3, 30, 12, tzinfo=PAR)
after = before + timedelta(days=1)
print(after, after - before, after.astimezone(timezone.utc) - before.astimezone(timezone.utc))
print(before + timedelta(hours=24), (before.astimezone(timezone.utc) + timedelta(hours=24)).astimezone(PAR))

# elapsed time between zones counts real seconds
a = datetime(2024, 11, 3, 0, 30, tzinfo=NY)
b = datetime(2024, 11, 3, 3, 30, tzinfo=NY)
print(b - a, b.astimezone(PAR) - a, b - a.astimezone(PAR), (b - a.astimezone(timezone.utc)).total_seconds())

# sorting a mixed list by the instant
times = [datetime(2024, 6, 1, 12, tzinfo=PAR), datetime(2024, 6, 1, 6, 30, tzinfo=NY),
         datetime(2024, 6, 1, 10, 15, tzinfo=timezone.utc), datetime(2024, 6, 1, 15, tzinfo=ZoneInfo("Asia/Kolkata")),
         datetime(2024, 6, 1, 20, tzinfo=ZoneInfo("Australia/Lord_Howe"))]
for t in sorted(times):
    print(t.isoformat(), t.tzinfo, t.astimezone(timezone.utc).time())
print(min(times).tzinfo, max(times).tzinfo)

# hashing: equal instants hash equal (set of the same instant in five zones)
inst = datetime(2024, 1, 15, 12, tzinfo=timezone.utc)
same = {inst.astimezone(ZoneInfo(k)) for k in ["UTC", "Europe/Paris", "America/New_York", "Asia/Tokyo", "Pacific/Apia"]}
print(len(same), len({d.isoformat() for d in same}))

# days between two local dates ignore DST; timedeltas between instants do not
d1 = datetime(2024, 3, 1, tzinfo=PAR)
d2 = datetime(2024, 4, 1, tzinfo=PAR)
print(d2 - d1, d2.astimezone(timezone.utc) - d1.astimezone(timezone.utc), (d2.date() - d1.date()).days)

# one hour steps in UTC vs wall clock through the New York fold
t = datetime(2024, 11, 3, 0, 0, tzinfo=NY)
for i in range(4):
    w = t + timedelta(hours=i)
    r = (t.astimezone(timezone.utc) + timedelta(hours=i)).astimezone(NY)
    print(w.strftime("%H:%M %Z"), "|", r.strftime("%H:%M %Z"), r.fold)
print(datetime(2024, 3, 10, 3, tzinfo=NY) - datetime(2024, 3, 10, 1, tzinfo=NY),
      datetime(2024, 3, 10, 3, tzinfo=NY).timestamp() - datetime(2024, 3, 10, 1, tzinfo=NY).timestamp())
print(datetime(2024, 5, 5, tzinfo=PAR).replace(tzinfo=NY), datetime(2024, 5, 5, tzinfo=PAR).timetuple().tm_isdst,
      datetime(2024, 12, 5, tzinfo=PAR).timetuple().tm_isdst, datetime(2024, 12, 5, tzinfo=PAR).utctimetuple()[:6])
