# February 29 without a year: time.strptime accepts it (the date is checked against a leap year, 1904, and the
# year then shown is 1900); datetime.strptime fails, since 1900 has no February 29
import time
from datetime import datetime


def show(s, f):
    try:
        print(repr(s), repr(f), tuple(time.strptime(s, f)))
    except ValueError as e:
        print(repr(s), repr(f), "ValueError:", e)
    try:
        print("   ", datetime.strptime(s, f))
    except ValueError as e:
        print("    ValueError:", e)


show("Feb 29", "%b %d")
show("29 february 12:00", "%d %B %H:%M")
show("02-29", "%m-%d")
show("02-30", "%m-%d")
show("02-28", "%m-%d")
show("02-29 Sun", "%m-%d %a")
show("02-29 100", "%m-%d %j")
show("02-29 1904", "%m-%d %Y")
show("02-29 1900", "%m-%d %Y")
show("02-29 00", "%m-%d %y")
show("02-29 99", "%m-%d %y")
show("02/29/24", "%x")
show("Mon Feb 29 10:00:00 2021", "%c")
show("Thu Feb 29 10:00:00 2024", "%c")
