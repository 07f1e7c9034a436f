# astimezone() between fixed offsets keeps the instant; the same tzinfo object returns the datetime itself
from datetime import datetime, timezone, timedelta
utc = timezone.utc
zones = [timezone(timedelta(hours=h), name) for h, name in [(-10, "HST"), (-5, "EST"), (0, "GMT"), (5.5, "IST"), (13, "TOT")]]
dt = datetime(2024, 12, 31, 20, 30, tzinfo=utc)
for z in zones:
    local = dt.astimezone(z)
    print(z, repr(local), local.strftime("%Y-%m-%d %H:%M %Z %z"), local == dt, local.astimezone(utc) == dt)
print(dt.astimezone(utc) is dt, dt.astimezone(timezone(timedelta(0))) is dt, repr(dt.astimezone(timezone(timedelta(0), "Z"))))
print(repr(datetime(1, 1, 1, 5, tzinfo=timezone(timedelta(hours=3))).astimezone(utc)))
for expr in ["datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=3))).astimezone(utc)", "dt.astimezone(5)", "dt.astimezone(tz='x')"]:
    try:
        print(eval(expr))
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
