# %z: +hhmm, +hh:mm, seconds and microseconds, Z (upper case only); a colon after the hours asks for one after the
# minutes; time.strptime keeps any offset in tm_gmtoff, datetime.strptime builds a timezone (less than a day)
import time
from datetime import datetime


def show(s, f="%z"):
    try:
        st = time.strptime(s, f)
        print(repr(s), "time:", st.tm_gmtoff, st.tm_zone, st.tm_isdst)
    except ValueError as e:
        print(repr(s), "time: ValueError:", e)
    try:
        d = datetime.strptime(s, f)
        print(repr(s), "datetime:", repr(d.tzinfo), d.utcoffset())
    except ValueError as e:
        print(repr(s), "datetime: ValueError:", e)


for s in ["+0000", "-0000", "+0130", "-0130", "+01:30", "-01:30", "+013045", "+01:30:45", "+01:30:45.5",
          "+013045.123456", "-00:00:01.000001", "Z", "z", "+2359", "-23:59:59.999999", "+2400", "+9959",
          "+01:3045", "+0130:45", "+0130:45.5", "+1", "+01", "+015", "+0160", "0130", "+01:30:45.1234567",
          "+01:30:60", "UTC"]:
    show(s)
show("2024-05-05T12:00:00+05:30", "%Y-%m-%dT%H:%M:%S%z")
show("2024-05-05 12:00:00 UTC +0100", "%Y-%m-%d %H:%M:%S %Z %z")
show("+0100 gmt", "%z %Z")
d = datetime.strptime("2024-05-05 12:00:00 -0700", "%Y-%m-%d %H:%M:%S %z")
print(d, d.astimezone(datetime.strptime("+0000", "%z").tzinfo), d.timestamp())
