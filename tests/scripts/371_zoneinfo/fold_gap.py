# PEP 495: fold=0/1 for ambiguous and imaginary wall times, timestamps, comparisons and equality
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")
BER = ZoneInfo("Europe/Berlin")

amb0 = datetime(2022, 11, 6, 1, 30, tzinfo=NY)
amb1 = amb0.replace(fold=1)
gap0 = datetime(2022, 3, 13, 2, 30, tzinfo=NY)
gap1 = gap0.replace(fold=1)
for d in [amb0, amb1, gap0, gap1]:
    print(d, d.fold, d.tzname(), d.utcoffset(), d.timestamp(), d.astimezone(timezone.utc).time())

# same zone: comparison and subtraction use wall time, fold is ignored
print(amb0 == amb1, amb0 < amb1, amb1 - amb0, hash(amb0) == hash(amb1))
# across zones: both go through UTC; an ambiguous time is never equal to another zone's time
ber = amb1.astimezone(BER)
print(ber, amb1 == ber, amb0 == ber, amb1 - ber, amb0 - ber, amb0 < ber)
u1 = amb1.astimezone(timezone.utc)
print(u1, u1 == amb1, amb1.astimezone(timezone.utc) == amb0.astimezone(timezone.utc) + timedelta(hours=1))
gapu = gap0.astimezone(timezone.utc)
print(gapu == gap0, gap0 == gap0.astimezone(BER), gap1 == gap1.astimezone(BER))
# replace() and arithmetic reset fold to 0 (arithmetic) or keep it (replace)
print((amb1 + timedelta(0)).fold, amb1.replace(minute=45).fold, (amb1 + timedelta(minutes=15)).tzname())

# every 10 minutes of UTC across Berlin's fold: the local clock, fold and offset
u = datetime(2023, 10, 29, 0, 30, tzinfo=timezone.utc)
for i in range(10):
    t = u + timedelta(minutes=10 * i)
    local = t.astimezone(BER)
    print(t.strftime("%H:%M"), "->", local.strftime("%H:%M"), local.fold, local.tzname(),
          local.astimezone(timezone.utc) == t)

# fromutc directly, and datetime.fromtimestamp with a ZoneInfo
print(NY.fromutc(datetime(2022, 11, 6, 6, 30, tzinfo=NY)), NY.fromutc(datetime(2022, 11, 6, 6, 30, tzinfo=NY)).fold)
print(NY.fromutc(datetime(2022, 11, 6, 5, 30, tzinfo=NY)).fold)
for ts in [1667712600, 1667716200, 1667719800]:
    d = datetime.fromtimestamp(ts, NY)
    print(ts, d, d.fold, d.timestamp() == ts)

# a gap time normalised by a round trip through UTC
for fold in (0, 1):
    g = datetime(2022, 3, 13, 2, 30, tzinfo=NY, fold=fold)
    print(fold, g.astimezone(timezone.utc).astimezone(NY))
