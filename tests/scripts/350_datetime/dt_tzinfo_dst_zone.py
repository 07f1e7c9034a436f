# a DST zone written as tzinfo (US Eastern rules) with fold: gaps, repeated hours, fromutc and PEP 495 equality
from datetime import datetime, timedelta, timezone, tzinfo
ZERO, HOUR = timedelta(0), timedelta(hours=1)
class Eastern(tzinfo):
    def _bounds(self, year):
        start = datetime(year, 3, 8, 2) + timedelta(days=(6 - datetime(year, 3, 8).weekday()) % 7)
        end = datetime(year, 11, 1, 2) + timedelta(days=(6 - datetime(year, 11, 1).weekday()) % 7)
        return start, end
    def dst(self, dt):
        start, end = self._bounds(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + HOUR <= naive < end - HOUR:
            return HOUR
        if end - HOUR <= naive < end:
            return ZERO if dt.fold else HOUR
        if start <= naive < start + HOUR:
            return HOUR if dt.fold else ZERO
        return ZERO
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"
    def __repr__(self):
        return "Eastern()"
tz = Eastern()
for hour in range(4, 9):
    u = datetime(2024, 11, 3, hour, 30, tzinfo=timezone.utc)
    local = u.astimezone(tz)
    print(u.strftime("%H:%M UTC"), "->", repr(local), local.tzname(), local.utcoffset())
for h, fold in [(1, 0), (1, 1), (2, 0), (2, 1)]:
    t = datetime(2024, 3, 10, h, 30, tzinfo=tz, fold=fold)
    print(t, t.tzname(), t.astimezone(timezone.utc))
a = datetime(2024, 11, 3, 1, 30, tzinfo=tz, fold=0)
b = a.replace(fold=1)
print(a == b, a.astimezone(timezone.utc) == b.astimezone(timezone.utc), b - a, b.astimezone(timezone.utc) - a.astimezone(timezone.utc))
print(a == a.astimezone(timezone.utc), b == b.astimezone(timezone.utc), a.astimezone(timezone.utc).astimezone(tz) == a)
