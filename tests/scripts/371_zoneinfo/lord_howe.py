# Australia/Lord_Howe: a 30-minute daylight saving shift (+10:30 <-> +11), southern hemisphere
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

LH = ZoneInfo("Australia/Lord_Howe")

# UTC instants every 15 minutes across the April 2024 fold and the October 2024 gap
for start in [datetime(2024, 4, 6, 14, 30, tzinfo=timezone.utc), datetime(2024, 10, 5, 15, 0, tzinfo=timezone.utc)]:
    for i in range(6):
        u = start + timedelta(minutes=15 * i)
        local = u.astimezone(LH)
        print(u.strftime("%m-%d %H:%M"), "->", local.isoformat(), local.fold, local.tzname(), local.dst())

# wall times in the fold (01:30-02:00 on 7 April) and in the gap (02:00-02:30 on 6 October)
for dt in [datetime(2024, 4, 7, 1, 29), datetime(2024, 4, 7, 1, 30), datetime(2024, 4, 7, 1, 45),
           datetime(2024, 4, 7, 2, 0), datetime(2024, 10, 6, 1, 59), datetime(2024, 10, 6, 2, 0),
           datetime(2024, 10, 6, 2, 15), datetime(2024, 10, 6, 2, 30)]:
    for fold in (0, 1):
        a = dt.replace(tzinfo=LH, fold=fold)
        print(a.isoformat(), fold, a.utcoffset(), a.dst(), a.tzname(), a.astimezone(timezone.utc).time())

# history: +10 without DST, a 1-hour DST in 1981-1985, then 30 minutes; and the rule decades ahead
for dt in [datetime(1975, 1, 1), datetime(1982, 1, 1), datetime(1982, 7, 1), datetime(1986, 1, 1),
           datetime(2050, 1, 1), datetime(2050, 7, 1), datetime(2100, 12, 25)]:
    a = dt.replace(tzinfo=LH)
    print(a.isoformat(), a.utcoffset(), a.dst(), a.tzname())
