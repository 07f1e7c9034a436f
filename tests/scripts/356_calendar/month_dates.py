# itermonthdates / monthdatescalendar / yeardatescalendar yield datetime.date objects
import calendar
import datetime

cal = calendar.Calendar()
dates = list(cal.itermonthdates(2024, 2))
print(len(dates), str(dates[0]), str(dates[-1]), all(isinstance(d, datetime.date) for d in dates))
for week in cal.monthdatescalendar(2024, 2):
    print(" ".join(d.strftime("%m/%d") if d.month == 2 else "  -  " for d in week))
sunday_first = calendar.Calendar(calendar.SUNDAY)
weeks = sunday_first.monthdatescalendar(2023, 12)
print([str(w[0]) for w in weeks], weeks[-1][-1].isoformat())
year = cal.yeardatescalendar(2024, width=4)
print(len(year), [len(row) for row in year], str(year[2][3][-1][-1]))
print(sorted({d.weekday() for d in dates}) == list(range(7)))
try:
    list(calendar.Calendar(6).itermonthdates(1, 1))
except ValueError as e:
    print(type(e).__name__, e)
print(list(calendar.Calendar(0).itermonthdates(1, 1))[0].isoformat())
