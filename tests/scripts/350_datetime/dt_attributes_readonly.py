# date/time fields are read-only; unknown attributes are AttributeErrors naming the datetime type
from datetime import date, datetime, time, timedelta
d, t, dt, td = date(2024, 1, 1), time(1), datetime(2024, 1, 1), timedelta(1)
for obj, name in [(d, "year"), (d, "day"), (dt, "hour"), (dt, "year"), (dt, "tzinfo"), (t, "minute"), (t, "fold"), (td, "days")]:
    try:
        setattr(obj, name, 5)
    except AttributeError as e:
        print(e)
for obj, name in [(d, "hour"), (td, "hours"), (t, "date"), (dt, "nanosecond")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e)
print(hasattr(d, "year"), hasattr(d, "hour"), hasattr(dt, "hour"), getattr(td, "seconds"), getattr(t, "tzinfo", "none"))
