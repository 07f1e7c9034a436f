# str() and repr() of timedeltas: "[-]D day[s], H:MM:SS[.ffffff]" and datetime.timedelta(days=.., seconds=.., ...)
from datetime import timedelta
for td in [timedelta(0), timedelta(1), timedelta(-1), timedelta(2), timedelta(-2, 5), timedelta(seconds=5),
           timedelta(hours=10, microseconds=5), timedelta(microseconds=-1), timedelta(days=999999999),
           timedelta.max, timedelta.min, timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)]:
    print(str(td), "|", repr(td))
class Span(timedelta):
    pass
s = Span(hours=1)
print(repr(s), str(s), type(s).__name__, repr(s + s), type(s + s).__name__, type(-s).__name__, type(abs(s)).__name__)
print(f"{timedelta(minutes=5)}", "%s" % timedelta(seconds=1.5), [timedelta(1, 1)], (timedelta(0),))
