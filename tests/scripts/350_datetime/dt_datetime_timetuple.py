# timetuple() takes tm_isdst from tzinfo.dst(); utctimetuple() converts to UTC and says tm_isdst 0
from datetime import datetime, timezone, timedelta, tzinfo
class Summer(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)
    def dst(self, dt):
        return timedelta(hours=1) if 4 <= dt.month <= 9 else timedelta(0)
    def tzname(self, dt):
        return "CEST" if self.dst(dt) else "CET"
for dt in [datetime(2024, 7, 1, 12, 30, 45), datetime(2024, 7, 1, 12, 30, 45, tzinfo=timezone.utc),
           datetime(2024, 7, 1, 0, 30, tzinfo=Summer()), datetime(2024, 1, 1, 0, 30, tzinfo=Summer()),
           datetime(2024, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-5)))]:
    tt, ut = dt.timetuple(), dt.utctimetuple()
    print(tuple(tt), tt.tm_isdst, "|", tuple(ut), ut.tm_yday, dt.tzname())
print(datetime(2024, 3, 1).timetuple())
try:
    datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=1))).utctimetuple()
except OverflowError as e:
    print(type(e).__name__, e)
