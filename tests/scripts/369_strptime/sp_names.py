# weekday and month names, full and abbreviated, and AM/PM: matched without regard to case; the longest name wins
import time
from datetime import datetime


def show(s, f):
    try:
        st = time.strptime(s, f)
        print(repr(s), repr(f), st[:3], st.tm_hour, st.tm_wday)
    except ValueError as e:
        print(repr(s), repr(f), "ValueError:", e)


for name in ["Monday", "TUESDAY", "wednesday", "ThUrSdAy", "friday", "Saturday", "sunday"]:
    show(name, "%A")
    show(name[:3], "%a")
for name in ["January", "february", "MARCH", "April", "may", "June", "july", "August", "September", "OCTOBER",
             "November", "december"]:
    show(name, "%B")
    show(name[:3].upper(), "%b")
show("Sept", "%b")
show("Mon", "%A")
show("Monday", "%a")
show("Mayo", "%B")
show("mondays", "%A")
for s in ["12 AM", "12 am", "1 AM", "11 am", "12 PM", "12 pm", "1 PM", "11 Pm"]:
    show(s, "%I %p")
show("pm 7", "%p %I")
show("7", "%I")
show("19 pm", "%H %p")
show("3 pm 15", "%I %p %H")
show("15 3 pm", "%H %I %p")
# the weekday parsed is kept even when the date says otherwise
show("Friday 2024-01-01", "%A %Y-%m-%d")
print(datetime.strptime("tue, 09 jul 2024 10:11:12", "%a, %d %b %Y %H:%M:%S"))
print(datetime.strptime("Tuesday 9 July 2024 10 PM", "%A %d %B %Y %I %p"))
show("ſun", "%a")
