# calendar.calendar / prcal: whole-year text layout with default and custom spacing
import calendar

print(calendar.calendar(2024))
calendar.prcal(2023, w=3, l=1, c=4, m=4)
print(calendar.calendar(1, 2, 1, 2, 6))
