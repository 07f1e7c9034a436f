# errors in the data: "time data ... does not match format ..." (both shown with repr) and "unconverted data
# remains: ..." (shown as is); impossible dates and times
import time
from datetime import datetime


def show(s, f):
    for parse in (time.strptime, datetime.strptime):
        try:
            print(repr(s), repr(f), parse(s, f))
        except ValueError as e:
            print(repr(s), repr(f), "ValueError:", e)


for s, f in [("2024-13-01", "%Y-%m-%d"), ("abc", "%Y"), ("", "%Y"), ("24", "%Y"), ("2024", "%Y-%m"),
             ("2024-01-01", "%Y/%m/%d"), ("it's 5", "it is %d"), ('say "hi" 5', "say 'hi' %d"), ("\n5", "%d"),
             ("2024-01-01 junk", "%Y-%m-%d"), ("2024-01-01 ", "%Y-%m-%d"), ("2024x", "%Y"), ("a", ""),
             ("12:30:45.1234567", "%H:%M:%S.%f"), ("Mondays", "%A"), ("1 2 3", "%d"), ("5 ¤ é", "%d"),
             ("2023-02-29", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("2024-04-31", "%Y-%m-%d"),
             ("0000-06-01", "%Y-%m-%d"), ("24:00", "%H:%M"), ("12:60", "%H:%M"), ("23:59:61", "%H:%M:%S"),
             ("13 PM", "%I %p"), ("0 AM", "%I %p"), ("noon", "%p")]:
    show(s, f)
