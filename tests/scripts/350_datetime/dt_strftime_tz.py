# %z, %Z and %f come from the object itself: offsets with seconds and microseconds, names with %, naive values empty
from datetime import datetime, time, date, timezone, timedelta
objs = [datetime(2024, 1, 2, 3, 4, 5, 6), datetime(2024, 1, 2, 3, 4, 5, 6, timezone.utc),
        datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=-9, minutes=-30))), datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=1), "100%")),
        datetime(2024, 1, 2, tzinfo=timezone(timedelta(seconds=61, microseconds=5))), time(23, 59, 59, 999999, timezone(timedelta(hours=14))),
        time(1, 2), date(2024, 1, 2)]
for o in objs:
    print(repr(o.strftime("%z|%Z|%f|%%z|%%Z|%%f")), repr(o.strftime("[%-z] [%_5Z] [%10f] [%1%f]")))
