# %U (weeks from the first Sunday) and %W (from the first Monday) with a weekday give the date; week 0 is the days
# before the first such day and may reach back into the previous year; without a weekday they are ignored
import time
from datetime import datetime, date


def show(s, f):
    try:
        st = time.strptime(s, f)
        print(repr(s), repr(f), st[:3], st.tm_wday, st.tm_yday)
    except ValueError as e:
        print(repr(s), repr(f), "ValueError:", e)


for year in [2017, 2018, 2023, 2024]:           # years starting on Sunday, Monday, Sunday, Monday
    for week in [0, 1, 52, 53]:
        for wd in [0, 1, 6]:
            show("%d %d %d" % (year, week, wd), "%Y %U %w")
            show("%d %d %d" % (year, week, wd), "%Y %W %w")
show("2024 10", "%Y %U")
show("2024 10 Fri", "%Y %W %a")
show("2024 10 5", "%Y %W %u")
show("10 Fri", "%W %a")
show("00 6", "%U %w")
show("0001 00 0", "%Y %U %w")
show("0001 00 1", "%Y %W %w")
show("0001 01 1", "%Y %W %w")
show("9999 53 6", "%Y %U %w")
show("9999 52 5", "%Y %W %w")
show("0000 01 1", "%Y %W %w")
show("2024 10 2 5", "%Y %U %W %w")
show("2024 10 5 2", "%Y %W %w %U")
# round trip over a few years
bad = 0
for n in range(date(2019, 12, 20).toordinal(), date(2021, 1, 10).toordinal()):
    d = date.fromordinal(n)
    for f in ["%Y %U %w", "%Y %W %a"]:
        if datetime.strptime(d.strftime(f), f).date() != d:
            bad += 1
print("round trip mismatches:", bad)
