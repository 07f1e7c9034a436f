# datetime.strptime: the datetime it builds (microseconds from %f, a timezone from %z), subclasses, and the round
# trip with strftime
from datetime import datetime, date, timezone, timedelta

for s, f in [("2024-02-29 23:59:59.5", "%Y-%m-%d %H:%M:%S.%f"), ("2023-01-01T00:00:00.000001", "%Y-%m-%dT%H:%M:%S.%f"),
             ("15/08/1947 00:00", "%d/%m/%Y %H:%M"), ("Sunday 5 May 2024", "%A %d %B %Y"), ("12:30", "%H:%M"),
             ("2024-05-05 12:00 +0200", "%Y-%m-%d %H:%M %z"), ("2024-05-05 12:00 Z", "%Y-%m-%d %H:%M %z")]:
    d = datetime.strptime(s, f)
    print(repr(s), repr(d), d.isoformat(), d.tzinfo)


class Stamp(datetime):
    def describe(self):
        return "Stamp<%s>" % self.isoformat()


s = Stamp.strptime("2020-10-10 10:10", "%Y-%m-%d %H:%M")
print(type(s).__name__, s.describe(), isinstance(s, datetime))
u = Stamp.strptime("2020-10-10 10:10 -0330", "%Y-%m-%d %H:%M %z")
print(type(u).__name__, u.utcoffset(), u.astimezone(timezone.utc))
for d in [datetime(2001, 2, 3, 4, 5, 6, 7), datetime(1999, 12, 31, 23, 59, 59, 999999),
          datetime(2024, 7, 1, 12, tzinfo=timezone(timedelta(hours=5, minutes=45)))]:
    f = "%Y-%m-%d %H:%M:%S.%f %z" if d.tzinfo else "%Y-%m-%d %H:%M:%S.%f"
    back = datetime.strptime(d.strftime(f), f)
    print(back == d, back)
print(datetime.strptime("2024-03-10", "%Y-%m-%d").date() == date(2024, 3, 10))
