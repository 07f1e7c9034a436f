# POSIX timestamps in UTC: fromtimestamp(ts, tz), utcfromtimestamp, timestamp() of aware datetimes, rounding
from datetime import datetime, timezone, timedelta, date
utc = timezone.utc
for ts in [0, 1, -1, 1e9, 1709647629, 1709647629.5, -1.5, 0.0000005, 0.0000015, 0.0000025, -0.0000005, 1e11, 253402300799, -62135596800, True]:
    print(ts, repr(datetime.fromtimestamp(ts, utc)), repr(datetime.utcfromtimestamp(ts)))
print(repr(datetime.fromtimestamp(1e9, timezone(timedelta(hours=-7)))), repr(datetime.fromtimestamp(timestamp=86400 * 365, tz=utc)))
for dt in [datetime(1970, 1, 1, tzinfo=utc), datetime(2024, 3, 5, 14, 7, 9, 123456, utc), datetime(1, 1, 1, tzinfo=utc),
           datetime(9999, 12, 31, 23, 59, 59, 999999, utc), datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=9)))]:
    try:
        print(repr(dt.timestamp()), datetime.fromtimestamp(dt.timestamp(), utc) == dt)
    except ValueError as e:
        print(repr(dt.timestamp()), e)
for bad in [1e20, float("nan"), float("inf"), "0", None, 253402300800, -62135596801]:
    try:
        datetime.fromtimestamp(bad, utc)
    except (OverflowError, ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
