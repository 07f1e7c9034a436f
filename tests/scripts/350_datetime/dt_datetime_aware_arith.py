# aware datetimes: subtraction across offsets counts real time; naive and aware do not mix
from datetime import datetime, timedelta, timezone
utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30), "IST")
pst = timezone(timedelta(hours=-8), "PST")
a = datetime(2024, 3, 10, 12, 0, tzinfo=utc)
b = datetime(2024, 3, 10, 17, 30, tzinfo=ist)
c = datetime(2024, 3, 10, 4, 0, tzinfo=pst)
print(repr(a - b), repr(b - c), repr(c - a), repr(a - a), repr(b + timedelta(hours=20)), repr(c - timedelta(days=1)))
print(repr(datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=1, microseconds=5))) - datetime(2024, 1, 1, tzinfo=utc)))
for expr in ["a - datetime(2024, 3, 10, 12)", "datetime(2024, 3, 10, 12) - b"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "->", e)
legs = [datetime(2024, 6, 1, 9, 15, tzinfo=pst), datetime(2024, 6, 1, 22, 40, tzinfo=utc), datetime(2024, 6, 2, 8, 5, tzinfo=ist)]
print([str(later - earlier) for earlier, later in zip(legs, legs[1:])], str(legs[-1] - legs[0]))
