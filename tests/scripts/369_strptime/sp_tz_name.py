# %Z: UTC, GMT and the local zone's names (time.tzname), any case; tm_isdst says which one it was; the names
# follow time.tzname, read again when time.tzname or time.daylight have changed (after time.tzset())
import os
import time
from datetime import datetime

os.environ["TZ"] = "UTC"
time.tzset()


def show(s, f="%Z"):
    try:
        st = time.strptime(s, f)
        print(repr(s), st.tm_zone, st.tm_isdst, st.tm_gmtoff)
    except ValueError as e:
        print(repr(s), "ValueError:", e)


for s in ["UTC", "utc", "GMT", "gMt", "EST", "CET", "Z", ""]:
    show(s)
print(repr(datetime.strptime("2024-01-01 UTC", "%Y-%m-%d %Z")))
os.environ["TZ"] = "EST+05EDT,M3.2.0,M11.1.0"
time.tzset()
print(time.tzname, time.daylight)
for s in ["EST", "edt", "UTC", "gmt", "CET"]:
    show(s)
show("2024-07-01 12:00 EDT", "%Y-%m-%d %H:%M %Z")
print(repr(datetime.strptime("2024-07-01 12:00 EDT", "%Y-%m-%d %H:%M %Z")))
print(repr(datetime.strptime("2024-07-01 12:00 EDT -0400", "%Y-%m-%d %H:%M %Z %z")))
os.environ["TZ"] = "CET-1"
time.tzset()
print(time.tzname, time.daylight)
for s in ["CET", "EST", "UTC"]:
    show(s)
os.environ["TZ"] = "AAA+01AAA,M3.2.0,M11.1.0"
time.tzset()
print(time.tzname, time.daylight)
for s in ["AAA", "aaa", "UTC", "GMT"]:
    show(s)
os.environ["TZ"] = "UTC"
time.tzset()
show("UTC")
show("AAA")
