# what tzinfo methods return is checked: None or a timedelta strictly within a day, tzname None or a str
from datetime import datetime, time, timedelta, tzinfo
class Odd(tzinfo):
    def __init__(self, offset, name):
        self.offset, self.name = offset, name
    def utcoffset(self, dt):
        return self.offset
    def dst(self, dt):
        return self.offset
    def tzname(self, dt):
        return self.name
for offset, name in [(3600, "x"), (timedelta(hours=24), "x"), (timedelta(hours=-24), "x"), (timedelta(hours=23, minutes=59), 5),
                     (None, None), (timedelta(minutes=-90), b"bytes"), ("1h", "x")]:
    dt = datetime(2024, 1, 1, 12, tzinfo=Odd(offset, name))
    for call in [dt.utcoffset, dt.dst, dt.tzname, dt.isoformat, lambda: dt.strftime("%z"), lambda: dt.strftime("%Z"),
                 dt.timetuple, lambda: dt - datetime(2024, 1, 1, tzinfo=Odd(timedelta(0), "z")), time(1, tzinfo=dt.tzinfo).isoformat]:
        try:
            print(repr(call()), end=" | ")
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e, end=" | ")
    print()
