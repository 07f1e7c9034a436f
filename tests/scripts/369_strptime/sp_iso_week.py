# %G, %V and %u: an ISO year, week and weekday give a date (which may fall in the next or previous calendar
# year); %G and %V must come together with a weekday, %V goes with %G rather than %Y, and %j does not go with %G
import time
from datetime import datetime, date


def show(s, f):
    try:
        st = time.strptime(s, f)
        print(repr(s), repr(f), tuple(st))
    except ValueError as e:
        print(repr(s), repr(f), "ValueError:", e)
    try:
        print("   ", datetime.strptime(s, f))
    except ValueError as e:
        print("    ValueError:", e)


for s in ["2020 01 1", "2020 1 7", "2021 53 7", "2020 53 5", "2004 53 7", "2019 01 1", "2015 53 4", "2024 00 3",
          "2024 0 3", "2024 52 7", "0001 01 1", "0001 00 1", "0000 01 1", "9999 52 5", "9999 52 6", "9999 53 7"]:
    show(s, "%G %V %u")
show("2020 1 Monday", "%G %V %A")
show("2020 1 sun", "%G %V %a")
show("2020 1 0", "%G %V %w")
show("W01-2020-1", "W%V-%G-%u")
for d in [date(2020, 12, 31), date(2021, 1, 3), date(2008, 12, 29), date(2027, 1, 1)]:
    f = "%G-W%V-%u"
    s = d.strftime(f)
    print(s, datetime.strptime(s, f).date() == d)
# the errors
show("2020 1", "%G %u")
show("2020 1", "%G %V")
show("2020", "%G")
show("2020 1 1 100", "%G %V %u %j")
show("2020 1 1", "%Y %V %u")
show("1 1", "%V %u")
show("1", "%V")
show("2020 2020 1 1", "%Y %G %V %u")
show("2020 2021", "%Y %G")
show("2020 1 1 5", "%G %V %u %U")
show("2020 01 1 2 29", "%G %V %u %m %d")
