# naive datetime arithmetic: carries through seconds, days, months, leap years; datetime - datetime
from datetime import datetime, timedelta
dt = datetime(2023, 12, 31, 23, 59, 59, 999999)
print(repr(dt + timedelta(microseconds=1)), repr(dt + timedelta(hours=1)), repr(dt - timedelta(days=365, hours=23)))
print(repr(datetime(2024, 2, 28, 12) + timedelta(days=1, hours=12)), repr(datetime(2024, 3, 1) - timedelta(seconds=1)))
print(repr(timedelta(weeks=1, microseconds=-1) + datetime(2024, 1, 1)), repr(datetime(2024, 1, 1) - timedelta(weeks=-1)))
print(repr(datetime(2024, 3, 1) - datetime(2024, 2, 1, 12)), repr(datetime(2000, 1, 1) - datetime(2024, 6, 1, 6, 30, 15, 1)))
start = datetime(2024, 1, 31, 8)
print([str(start + timedelta(days=30 * k, hours=k)) for k in range(4)])
for expr in ["datetime.max + timedelta(microseconds=1)", "datetime.min - timedelta(1)", "datetime.max - datetime.min",
             "datetime.min + (datetime.max - datetime.min)", "datetime(2024, 1, 1) + 1", "datetime(2024, 1, 1) - 1",
             "1 - datetime(2024, 1, 1)", "datetime(2024, 1, 1) + datetime(2024, 1, 1)", "datetime(2024, 1, 1) - datetime(2024, 1, 1).date()"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except (OverflowError, TypeError) as e:
        print(expr, "->", type(e).__name__, e)
t = datetime(2024, 5, 5)
t += timedelta(hours=36)
t -= timedelta(minutes=1)
print(repr(t), (datetime(2024, 1, 1, fold=1) + timedelta(0)).fold)
