# timedelta normalises its seven keyword units into days, seconds (0..86399) and microseconds (0..999999)
from datetime import timedelta
cases = [
    timedelta(),
    timedelta(1, 2, 3),
    timedelta(days=1, seconds=86400, microseconds=1000000),
    timedelta(weeks=2, days=-1, hours=25, minutes=61, seconds=61, milliseconds=1001, microseconds=1001),
    timedelta(seconds=-1),
    timedelta(microseconds=-1),
    timedelta(hours=-25),
    timedelta(minutes=90),
    timedelta(milliseconds=-1500),
    timedelta(weeks=-1, seconds=1),
    timedelta(days=True, seconds=False),
]
for td in cases:
    print(td.days, td.seconds, td.microseconds, repr(td))
print(timedelta(days=1) == timedelta(hours=24) == timedelta(minutes=1440) == timedelta(seconds=86400))
print(timedelta(weeks=1) == timedelta(days=7), timedelta(milliseconds=1) == timedelta(microseconds=1000))
print(timedelta(hours=1, minutes=-60) == timedelta(0), timedelta(-1, 86399, 999999) == timedelta(microseconds=-1))
