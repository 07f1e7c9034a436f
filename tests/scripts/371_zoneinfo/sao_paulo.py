# America/Sao_Paulo: southern-hemisphere DST across the new year, abolished in 2019
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

SP = ZoneInfo("America/Sao_Paulo")

for y in [1985, 2000, 2012, 2017, 2018, 2019, 2020]:
    t = datetime(y, 1, 1, tzinfo=timezone.utc)
    prev = t.astimezone(SP)
    changes = []
    while t.year == y:
        t += timedelta(hours=1)
        local = t.astimezone(SP)
        if local.utcoffset() != prev.utcoffset():
            changes.append(f"{local:%m-%d %H:%M}{local:%z} fold={local.fold}")
        prev = local
    print(y, changes)

# the midnight transitions: 2018-11-04 00:00 does not exist, 2019-02-16 23:xx happens twice
for dt in [datetime(2018, 11, 3, 23, 59), datetime(2018, 11, 4, 0, 0), datetime(2018, 11, 4, 0, 30),
           datetime(2018, 11, 4, 1, 0), datetime(2019, 2, 16, 22, 59), datetime(2019, 2, 16, 23, 0),
           datetime(2019, 2, 16, 23, 59), datetime(2019, 2, 17, 0, 0)]:
    for fold in (0, 1):
        a = dt.replace(tzinfo=SP, fold=fold)
        print(a.isoformat(), fold, a.tzname(), a.dst(), a.astimezone(timezone.utc).isoformat())

for dt in [datetime(1900, 1, 1), datetime(1914, 1, 1), datetime(2030, 1, 1), datetime(2038, 2, 1),
           datetime(2100, 1, 1), datetime(9999, 12, 31)]:
    a = dt.replace(tzinfo=SP)
    print(a.isoformat(), a.utcoffset(), a.dst(), a.tzname())
