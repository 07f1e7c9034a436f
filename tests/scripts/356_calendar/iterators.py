# Calendar iterators that work on plain numbers: itermonthdays, -days2, -days3, -days4
import calendar

cal = calendar.Calendar()
print(list(cal.iterweekdays()))
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2))[:9])
print(list(cal.itermonthdays3(2024, 2))[:3], list(cal.itermonthdays3(2024, 2))[-3:])
print(list(cal.itermonthdays4(2024, 12))[-5:])
sunday = calendar.Calendar(6)
print(list(sunday.itermonthdays3(2023, 1))[:2], len(list(sunday.itermonthdays(2023, 1))))
print(list(calendar.Calendar(0).itermonthdays3(1, 1))[:2])
print(list(calendar.Calendar(3).itermonthdays3(9999, 12))[-4:])
print(sum(1 for d in cal.itermonthdays(2026, 2) if d), len(list(cal.itermonthdays(2026, 2))))
