# format() and f-strings call strftime; an empty spec gives str(); a non-str spec is a TypeError
from datetime import date, datetime, time, timedelta, timezone
dt = datetime(2024, 8, 9, 10, 11, 12, 13000, timezone.utc)
print(f"{dt}", f"{dt:%Y}", f"{dt:%d.%m.%y %H:%M}", f"{dt.date():%A}", f"{dt.time():%H-%M}", f"{dt:}", f"{dt!r}")
print(format(date(2024, 1, 1)), format(date(2024, 1, 1), ""), format(time(5), "%I %p"), "{:%j}".format(dt), "{0:%B} {0.day}".format(dt))
print(f"{timedelta(hours=5)}", f"{timedelta(hours=5)!r}", "%s | %r" % (dt, dt.date()))
for spec in [5, None]:
    try:
        dt.__format__(spec)
    except TypeError as e:
        print(e)
try:
    format(dt, 5)
except TypeError as e:
    print(e)
