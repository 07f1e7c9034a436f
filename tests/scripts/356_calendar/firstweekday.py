# setfirstweekday changes the module-level calendars; Calendar objects keep their own setting
import calendar

print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 3))
print(calendar.monthcalendar(2024, 3))
print(calendar.weekheader(3))
calendar.setfirstweekday(calendar.WEDNESDAY)
print(calendar.month(2024, 3), end="")
calendar.setfirstweekday(0)
cal = calendar.Calendar(firstweekday=9)
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
cal.setfirstweekday(-1)
print(cal.firstweekday, list(cal.iterweekdays()))
cal.firstweekday = 3
print(cal.firstweekday, cal.monthdayscalendar(2024, 3)[0])
