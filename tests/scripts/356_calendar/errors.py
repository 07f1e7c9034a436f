# the errors raised by calendar functions for bad months, days and weekdays
import calendar

for y, m in [(2024, 0), (2024, 13), (2024, -1)]:
    try:
        calendar.monthrange(y, m)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, e.args, isinstance(e, ValueError))
for args in [(2024, 2, 30), (2023, 2, 29), (2024, 13, 1), (2024, 0, 5), (2024, 4, 31), (2024, 1, 0),
             (2024.0, 1, 1), (2024, "3", 1), ("2024", 1, 1)]:
    try:
        calendar.weekday(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for fw in (7, -1, 100):
    try:
        calendar.setfirstweekday(fw)
    except calendar.IllegalWeekdayError as e:
        print(type(e).__name__, e, e.weekday)
try:
    calendar.month(2024, 13)   # the month name lookup fails first
except (IndexError, ValueError) as e:
    print(type(e).__name__, e)
try:
    calendar.TextCalendar().formatmonth(2024, 0)
except ValueError as e:
    print(type(e).__name__, e)
print(calendar.error is ValueError, str(calendar.IllegalMonthError("x")), repr(calendar.IllegalWeekdayError(9)))
