# %j, the day of the year: it sets the date (month and day are then ignored) and tm_yday, also past the end of the
# year; without %j the day of the year and the weekday come from the date
import time
from datetime import datetime


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


for s in ["2024 1", "2024 60", "2023 60", "2024 366", "2023 365", "2023 366", "1900 366", "2000 366", "9999 365",
          "9999 366", "0001 1", "0000 100"]:
    show(s, "%Y %j")
show("60", "%j")
show("366", "%j")
show("2024 12 31 032", "%Y %m %d %j")
show("2024 02 30 032", "%Y %m %d %j")
show("2024 100 Mon", "%Y %j %a")
show("2024 100 3", "%Y %j %U")
for s, f in [("2024-03-01", "%Y-%m-%d"), ("2023-03-01", "%Y-%m-%d"), ("2023-12-31", "%Y-%m-%d"),
             ("2024-12-31", "%Y-%m-%d"), ("2100-03-01", "%Y-%m-%d"), ("2000-12-31", "%Y-%m-%d"),
             ("1600-02-29", "%Y-%m-%d"), ("1700-02-29", "%Y-%m-%d"), ("2023-04-31", "%Y-%m-%d"),
             ("2023-11-31", "%Y-%m-%d"), ("0000-01-01", "%Y-%m-%d")]:
    show(s, f)
