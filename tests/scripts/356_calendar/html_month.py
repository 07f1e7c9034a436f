# HTMLCalendar.formatmonth and the pieces it is made of
import calendar

html = calendar.HTMLCalendar()
print(html.formatmonth(2024, 2))
print(html.formatmonth(2024, 3, withyear=False))
print(html.formatday(0, 3), html.formatday(17, 5))
print(html.formatweekday(6), html.formatweekheader())
print(html.formatmonthname(2024, 7), html.formatmonthname(2024, 7, False))
print(html.formatweek([(0, 0), (1, 1), (2, 2)]))
print(calendar.HTMLCalendar(calendar.SUNDAY).formatweekheader())
