# dates long before 1970: local mean time with odd offsets, early standard times, negative timestamps
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

CASES = [("Europe/Amsterdam", datetime(1920, 6, 1)), ("Europe/Amsterdam", datetime(1937, 7, 1, 12)),
         ("Europe/Amsterdam", datetime(1850, 1, 1)), ("Africa/Monrovia", datetime(1960, 1, 1)),
         ("Africa/Monrovia", datetime(1972, 5, 1)), ("Asia/Kathmandu", datetime(1950, 1, 1)),
         ("Asia/Kathmandu", datetime(1986, 1, 1)), ("America/Detroit", datetime(1900, 1, 1)),
         ("Asia/Shanghai", datetime(1940, 7, 1)), ("Europe/Paris", datetime(1900, 1, 1)),
         ("Europe/Paris", datetime(1911, 3, 11, 0, 1)), ("Pacific/Honolulu", datetime(1933, 5, 1, 12)),
         ("Asia/Tokyo", datetime(1888, 1, 1)), ("Europe/Moscow", datetime(1919, 7, 1, 12)),
         ("America/Sao_Paulo", datetime(1932, 12, 1)), ("Australia/Lord_Howe", datetime(1895, 1, 1)),
         ("Pacific/Apia", datetime(1892, 7, 4, 12)), ("UTC", datetime(1, 1, 1))]
for key, dt in CASES:
    a = dt.replace(tzinfo=ZoneInfo(key))
    print(f"{key:20} {a.isoformat():32} {a.tzname():6} {a.dst()} {a.timestamp()}")

# Pacific/Apia in 1892 repeated a day (crossing the date line eastwards): a 24-hour fold
APIA = ZoneInfo("Pacific/Apia")
for fold in (0, 1):
    a = datetime(1892, 7, 4, 12, tzinfo=APIA, fold=fold)
    print(a.isoformat(), fold, a.astimezone(timezone.utc).isoformat())
u = datetime(1892, 7, 4, 12, tzinfo=timezone.utc)
for h in range(0, 37, 6):
    local = (u + timedelta(hours=h)).astimezone(APIA)
    print(local.isoformat(), local.fold)

# Paris: the 1911 switch from Paris Mean Time (+0:09:21) to WET
u = datetime(1911, 3, 10, 23, 50, tzinfo=timezone.utc)
for m in range(0, 30, 5):
    local = (u + timedelta(minutes=m)).astimezone(ZoneInfo("Europe/Paris"))
    print(local.isoformat(), local.tzname(), local.fold)
print(datetime.fromtimestamp(-2 ** 31, ZoneInfo("America/New_York")).isoformat(),
      datetime.fromtimestamp(-5_000_000_000, ZoneInfo("Europe/London")).isoformat())
