# monthdayscalendar, monthdays2calendar and the year-level variants
import calendar

cal = calendar.Calendar()
for week in cal.monthdayscalendar(2024, 6):
    print(week)
print(cal.monthdays2calendar(2021, 2))
print(calendar.monthcalendar(2015, 2))
year = cal.yeardayscalendar(2024)
print(len(year), [len(row) for row in year], year[0][1][-1])
year = cal.yeardays2calendar(2024, width=5)
print(len(year), [len(row) for row in year], year[2][1][0])
print([len(m) for row in cal.yeardayscalendar(2024, 4) for m in row])
