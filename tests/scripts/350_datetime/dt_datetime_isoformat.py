# datetime.isoformat(sep, timespec) and the UTC offsets it appends (seconds and microseconds only when present)
from datetime import datetime, timezone, timedelta
dt = datetime(2024, 3, 5, 14, 7, 9, 120000)
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat("_"), dt.isoformat(sep="\u00e9"), str(dt), str(dt.replace(microsecond=0)))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), dt.replace(microsecond=0).isoformat("T", spec))
for off in [timedelta(0), timedelta(hours=5, minutes=30), timedelta(hours=-8), timedelta(minutes=-1), timedelta(seconds=45),
            timedelta(hours=-1, microseconds=-5), timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)]:
    print(datetime(2024, 1, 1, tzinfo=timezone(off)).isoformat(), datetime(2024, 1, 1, tzinfo=timezone(off)).isoformat(timespec="hours"))
for args in [("ab",), ("",), (1,), ("T", "nanoseconds"), ("T", 3)]:
    try:
        print(dt.isoformat(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
print(datetime(5, 1, 2, 3).isoformat(), datetime(5, 1, 2, 3).date().isoformat())
