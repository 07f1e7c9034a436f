# timezone: utc, fixed offsets, their names (UTC+05:30 unless named), reprs, equality by offset and hashing
from datetime import timezone, timedelta, datetime, UTC
zs = [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), "UTC"), timezone(timedelta(hours=5, minutes=30)),
      timezone(timedelta(hours=-3, minutes=-30), "NST"), timezone(timedelta(seconds=-45)), timezone(timedelta(microseconds=1)),
      timezone.min, timezone.max, timezone(offset=timedelta(hours=2), name="")]
for z in zs:
    print(repr(z), "|", str(z), "|", z.tzname(None), z.utcoffset(None), z.dst(None))
print(UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc, timezone(timedelta(hours=1), "A") == timezone(timedelta(hours=1), "B"))
print(timezone(timedelta(hours=1)) != timezone(timedelta(hours=2)), timezone.utc == timezone(timedelta(0), "Zulu"), timezone.utc == 0)
print(len({timezone(timedelta(hours=1)), timezone(timedelta(hours=1), "X"), timezone(timedelta(hours=2))}))
dt = datetime(2024, 5, 6, 7, 8, tzinfo=timezone(timedelta(hours=9)))
print(dt.tzname(), dt.utcoffset(), dt.dst(), timezone.utc.fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc)))
print(dt.tzinfo.fromutc(dt), timezone(timedelta(hours=1)).__getinitargs__(), timezone.utc.__getinitargs__())
