# timedelta addition, subtraction and the unary operators; results are plain timedeltas
from datetime import timedelta, date, datetime
a = timedelta(days=2, hours=3)
b = timedelta(hours=30, microseconds=7)
print(repr(a + b), repr(a - b), repr(b - a), repr(-a), repr(+b), repr(abs(a - b)), repr(abs(b - a)))
print(repr(a + b - b == a), repr(-(-a)), repr(a - a), bool(a - a), bool(timedelta(microseconds=1)))
total = timedelta(0)
for minutes in range(0, 200, 7):
    total += timedelta(minutes=minutes, seconds=-minutes)
print(repr(total), str(total))
print(repr(timedelta(1) + date(2024, 2, 28)), repr(date(2024, 2, 28) + timedelta(2)), repr(date(2024, 3, 1) - timedelta(1)))
print(repr(timedelta(hours=-1) + datetime(2024, 1, 1)), repr(datetime(2024, 1, 1) - timedelta(microseconds=1)))
print(repr(sum([timedelta(hours=h) for h in range(10)], timedelta())))
