# datetime: fields, the repr (seconds and microseconds only when set; fold before tzinfo), str and attributes
from datetime import datetime, timezone, timedelta
for dt in [datetime(2024, 1, 2), datetime(2024, 1, 2, 3), datetime(2024, 1, 2, 3, 4, 5), datetime(2024, 1, 2, 3, 4, 5, 6),
           datetime(2024, 1, 2, 3, 4, 0, 6), datetime(2024, 1, 2, fold=1), datetime(2024, 1, 2, tzinfo=timezone.utc),
           datetime(2024, 1, 2, 3, 4, 5, 6, timezone(timedelta(hours=-5), "EST"), fold=1), datetime(1, 1, 1), datetime.max]:
    print(repr(dt), "|", dt)
dt = datetime(2024, 7, 8, 9, 10, 11, 12)
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt.weekday(), dt.isoweekday(), dt.toordinal(), dt.ctime(), datetime(2024, 7, 8, 23, 5).ctime())
print(repr(datetime(year=2020, month=1, day=1, hour=5, tzinfo=None, fold=0)), isinstance(dt, datetime), isinstance(dt, type(dt.date())))
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.min))
