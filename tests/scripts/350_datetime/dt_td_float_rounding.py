# timedelta with float arguments: fractions carry down the units and the last microsecond rounds half to even
from datetime import timedelta
print(repr(timedelta(days=1.5)), repr(timedelta(hours=0.5)), repr(timedelta(minutes=1.25)))
print(repr(timedelta(seconds=0.5)), repr(timedelta(seconds=1.000001)), repr(timedelta(seconds=-0.000001)))
for us in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 0.5000000000000001]:
    print(us, repr(timedelta(microseconds=us)))
print(repr(timedelta(seconds=1/3)), repr(timedelta(days=1/3)), repr(timedelta(weeks=1/7)))
print(repr(timedelta(days=-1/3, hours=1/3, minutes=1/3, seconds=1/3, milliseconds=1/3, microseconds=1/3)))
print(repr(timedelta(milliseconds=0.0005)), repr(timedelta(milliseconds=0.0015)), repr(timedelta(milliseconds=0.0025)))
print(repr(timedelta(seconds=86399.9999995)), repr(timedelta(seconds=1e9)), repr(timedelta(weeks=1e8)))
print(repr(timedelta(1.5, 0.5, 0.5)), repr(timedelta(0, 0, 1.5)), repr(timedelta(0, 0, 2.5)))
