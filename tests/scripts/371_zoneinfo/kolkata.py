# Asia/Kolkata: offsets with seconds in its history, wartime +06:30, then a fixed +05:30
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

IST = ZoneInfo("Asia/Kolkata")
for dt in [datetime(1850, 1, 1), datetime(1860, 1, 1), datetime(1900, 1, 1), datetime(1941, 10, 1, 12),
           datetime(1942, 5, 15, 12), datetime(1942, 9, 1), datetime(1944, 1, 1), datetime(1945, 10, 15, 12),
           datetime(1970, 1, 1), datetime(2000, 6, 15), datetime(2024, 3, 10), datetime(2090, 12, 31, 23, 59)]:
    a = dt.replace(tzinfo=IST)
    print(a.isoformat(), a.utcoffset(), a.dst(), a.tzname(), a.astimezone(timezone.utc).isoformat())

# UTC -> IST near the end of 1941 and in the present day
for u in [datetime(1941, 9, 30, 18, 6, 39, tzinfo=timezone.utc), datetime(1941, 9, 30, 18, 6, 40, tzinfo=timezone.utc),
          datetime(2024, 1, 1, tzinfo=timezone.utc), datetime(2024, 6, 30, 18, 29, 59, tzinfo=timezone.utc)]:
    local = u.astimezone(IST)
    print(u.isoformat(), "->", local.isoformat(), local.tzname(), local.fold)

# a time has no date: zones with history answer None
t = time(12, 0, tzinfo=IST)
print(t.utcoffset(), t.dst(), t.tzname(), t.isoformat())
print(IST.utcoffset(None), IST.dst(None), IST.tzname(None))
print(datetime(2024, 1, 1, 12, tzinfo=IST) - datetime(2024, 1, 1, 12, tzinfo=timezone.utc))
print(datetime(2024, 1, 1, 12, tzinfo=IST) == datetime(2024, 1, 1, 6, 30, tzinfo=timezone.utc))
print(datetime.fromtimestamp(1700000000, IST).isoformat(), datetime(2023, 11, 15, tzinfo=IST).timestamp())
