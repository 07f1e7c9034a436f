# timezone's argument checks: offsets strictly within a day, a str name, no subclassing; method argument checks
from datetime import timezone, timedelta, datetime, date
for args in [(timedelta(hours=24),), (timedelta(hours=-24),), (timedelta(days=1, microseconds=-1),), (timedelta(days=-1, microseconds=1),),
             (3600,), (None,), (timedelta(0), 5), (timedelta(0), None), (timedelta(0), b"UTC"), ()]:
    try:
        print(repr(timezone(*args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
z = timezone(timedelta(hours=1))
for call in [lambda: z.tzname(1), lambda: z.utcoffset(date(2020, 1, 1)), lambda: z.dst("x"), lambda: z.fromutc(1),
             lambda: z.fromutc(datetime(2020, 1, 1)), lambda: z.fromutc(datetime(2020, 1, 1, tzinfo=timezone.utc))]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    class MyZone(timezone):
        pass
except TypeError as e:
    print(e)
try:
    timezone.utc < timezone.utc
except TypeError as e:
    print(type(e).__name__)
