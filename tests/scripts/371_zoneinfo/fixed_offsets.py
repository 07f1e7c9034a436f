# zones with one offset: UTC, Etc/GMT+5 (that is UTC-5), time objects, utcoffset(None)
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

for key in ["UTC", "Etc/UTC", "Etc/GMT", "Etc/GMT+5", "Etc/GMT-14", "Etc/GMT-5", "EST", "MST", "HST"]:
    z = ZoneInfo(key)
    d = datetime(2024, 7, 1, 12, tzinfo=z)
    t = time(12, 30, tzinfo=z)
    print(key, d.utcoffset(), d.dst(), d.tzname(), "| time:", t.utcoffset(), t.dst(), t.tzname(), t.isoformat(),
          "| None:", z.utcoffset(None), z.dst(None), z.tzname(None))

UTC = ZoneInfo("UTC")
for ts in [0, -1, 86399, 10 ** 9, -10 ** 10, 253402300799]:
    d = datetime.fromtimestamp(ts, UTC)
    print(ts, d.isoformat(), d.timestamp(), d == datetime.fromtimestamp(ts, timezone.utc))
print(datetime(1, 1, 1, tzinfo=UTC).isoformat(), datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC).isoformat())
print(datetime(2024, 1, 1, tzinfo=UTC).astimezone(ZoneInfo("Etc/GMT+5")).isoformat())
print(datetime(2024, 1, 1, tzinfo=ZoneInfo("Etc/GMT-14")).astimezone(UTC).isoformat())
print(time(23, 59, tzinfo=ZoneInfo("Etc/GMT-14")).strftime("%H:%M %Z %z"))
print(datetime(2024, 2, 29, 8, tzinfo=UTC).strftime("%Y-%m-%d %H:%M:%S %Z %z"))
print(repr(datetime(2024, 2, 29, 8, tzinfo=UTC)))
print(repr(time(8, tzinfo=ZoneInfo("Etc/GMT+5"))))
print(datetime(2024, 1, 1, tzinfo=UTC) == datetime(2024, 1, 1, tzinfo=timezone.utc),
      hash(datetime(2024, 1, 1, tzinfo=UTC)) == hash(datetime(2024, 1, 1, tzinfo=timezone.utc)))
