# calendar.month / prmonth text layout with different widths and line spacing
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 10, 3))
print(calendar.month(2021, 1, 1, 2))
calendar.prmonth(1999, 12)
calendar.prmonth(2024, 9, w=5, l=1)
print(repr(calendar.month(2015, 2)))
print(calendar.weekheader(2), "|", calendar.weekheader(1), "|", calendar.weekheader(3), "|", calendar.weekheader(10))
print(repr(calendar.week([(0, 0), (0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6)], 2)))
calendar.prweek([(30, 0), (31, 1)] + [(0, d) for d in range(2, 7)], 3)
print("<end>")
