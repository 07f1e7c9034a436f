# strftime then strptime gives the date back, over the whole range of years (every 997th day), for time and
# datetime, with several layouts (zero-padded by hand where strftime does not pad years before 1000); and
# toordinal/fromordinal at the ends of the range
import time
from datetime import date, datetime

layouts = ["%Y-%m-%d", "%d %B %Y", "%a %b %d %Y", "%Y%j", "%m/%d/%Y %A", "%G-W%V-%u"]
bad = 0
count = 0
for n in range(1, date.max.toordinal() + 1, 997):
    d = date.fromordinal(n)
    for f in layouts:
        s = d.strftime(f.replace("%Y", "%04d" % d.year).replace("%G", "%04d" % d.isocalendar()[0]))
        if datetime.strptime(s, f).date() != d:
            bad += 1
            print("mismatch", f, s)
        st = time.strptime(s, f)
        if (st.tm_year, st.tm_mon, st.tm_mday, st.tm_wday) != (d.year, d.month, d.day, d.weekday()):
            bad += 1
            print("time mismatch", f, s, tuple(st))
        elif st.tm_yday != d.timetuple().tm_yday:
            print("tm_yday counted from the ISO year's Jan 1:", s, st.tm_yday)
        count += 1
print(count, "checked,", bad, "bad")
for n in [1, 2, 59, 60, 365, 366, 146097, 146098, 693595, 719163, 730119, 3652058, 3652059]:
    d = date.fromordinal(n)
    print(n, d, d.toordinal() == n, d.isocalendar(), d.weekday())
