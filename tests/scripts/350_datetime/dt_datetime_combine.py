# datetime.combine and the date()/time()/timetz() parts; combine takes the time's tzinfo unless given one
from datetime import datetime, date, time, timezone, timedelta
d, t = date(2024, 7, 4), time(9, 30, 15, 250, tzinfo=timezone(timedelta(hours=-4)), fold=1)
print(repr(datetime.combine(d, t)), repr(datetime.combine(d, t, timezone.utc)), repr(datetime.combine(d, t, tzinfo=None)))
print(repr(datetime.combine(datetime(2020, 1, 1, 23, 59), time(1))), repr(datetime.combine(date=d, time=time())))
dt = datetime(2024, 7, 4, 9, 30, 15, 250, timezone.utc, fold=1)
print(repr(dt.date()), repr(dt.time()), repr(dt.timetz()), type(dt.date()).__name__, type(dt.time()).__name__)
for args in [(1, t), (d, 1), (d, t, 1), (None, t)]:
    try:
        datetime.combine(*args)
    except TypeError as e:
        print(e)
print(datetime.combine(d, t) == datetime(2024, 7, 4, 9, 30, 15, 250, t.tzinfo), datetime.combine(d, time.min) == datetime(2024, 7, 4))
