# tzinfo is an abstract base: its methods raise NotImplementedError; it takes (and ignores) constructor arguments
from datetime import tzinfo, datetime, timedelta
base = tzinfo()
print(type(tzinfo(1, x=2)).__name__, isinstance(base, tzinfo))
for call in [lambda: base.utcoffset(None), lambda: base.dst(None), lambda: base.tzname(None), lambda: base.fromutc(5),
             lambda: base.fromutc(datetime(2020, 1, 1)), lambda: datetime(2020, 1, 1, tzinfo=base).utcoffset(),
             lambda: datetime(2020, 1, 1, tzinfo=base).isoformat()]:
    try:
        print(call())
    except (NotImplementedError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.offset, self.name = timedelta(minutes=minutes), name
    def utcoffset(self, dt):
        return self.offset
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return self.name
    def __repr__(self):
        return "Fixed(%d, %r)" % (self.offset // timedelta(minutes=1), self.name)
f = Fixed(-150, "NDT")
dt = datetime(2024, 4, 1, 12, tzinfo=f)
print(repr(dt), dt, dt.utcoffset(), dt.dst(), dt.tzname(), dt.strftime("%H:%M %z %Z"))
print(repr(f.fromutc(datetime(2024, 4, 1, 14, 30, tzinfo=f))), repr(datetime(2024, 4, 1, 14, 30).replace(tzinfo=f).astimezone(Fixed(60, "CET"))))
