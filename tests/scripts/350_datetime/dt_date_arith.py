# date +/- timedelta moves by whole days (the seconds are ignored); date - date is a timedelta of days
from datetime import date, timedelta
d = date(2023, 12, 31)
print(d + timedelta(1), d + timedelta(days=60), d - timedelta(days=365), timedelta(days=-31) + d)
print(d + timedelta(hours=23, minutes=59), d - timedelta(hours=1), d + timedelta(seconds=-1), d + timedelta(days=1, seconds=-1))
print(repr(date(2024, 3, 1) - date(2024, 2, 1)), repr(date(2024, 1, 1) - date(2025, 1, 1)), repr(d - d))
for n in [28, 29, 30, 31, 59, 60, 366, 1000, -1000, 36524, 146097]:
    print(n, date(2000, 2, 1) + timedelta(n))
for expr in ["date.max + timedelta(1)", "date.min - timedelta(1)", "date.min + timedelta(-1)", "date(9999, 12, 1) + timedelta(31)",
             "date.max - date.min", "date.min + (date.max - date.min)"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except OverflowError as e:
        print(expr, "->", type(e).__name__, e)
x = date(2024, 1, 31)
x += timedelta(days=1)
x -= timedelta(weeks=1)
print(repr(x))
