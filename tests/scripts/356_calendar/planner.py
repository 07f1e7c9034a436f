# a small planner: find the last Friday of each month and list long weekends
import calendar

year = 2024
holidays = {(1, 1), (5, 27), (7, 4), (9, 2), (11, 28), (12, 25)}
cal = calendar.Calendar()
for month in range(1, 13):
    fridays = [d for d, wd in cal.itermonthdays2(year, month) if d and wd == calendar.FRIDAY]
    print(f"{calendar.month_abbr[month]}: last Friday {fridays[-1]:2}, {len(fridays)} Fridays")
print("long weekends:")
for month, day in sorted(holidays):
    wd = calendar.weekday(year, month, day)
    if wd in (calendar.MONDAY, calendar.FRIDAY):
        print(f"  {calendar.day_name[wd]} {calendar.month_name[month]} {day}")
counts = [0] * 7
for month in range(1, 13):
    for d, wd in cal.itermonthdays2(year, month):
        if d:
            counts[wd] += 1
print(dict(zip(calendar.day_abbr, counts)))
