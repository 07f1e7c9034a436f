# subclassing TextCalendar: marking a day, custom month titles, narrow and wide layouts
import calendar


class MarkedCalendar(calendar.TextCalendar):
    def __init__(self, marked, firstweekday=0):
        super().__init__(firstweekday)
        self.marked = marked

    def formatday(self, day, weekday, width):
        text = super().formatday(day, weekday, width)
        if day in self.marked:
            text = ("*" + text.strip()).rjust(width)
        return text

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        return f"== {calendar.month_abbr[themonth].upper()} {theyear} ==".center(width)


cal = MarkedCalendar({1, 15, 31}, firstweekday=6)
print(cal.formatmonth(2024, 1, w=3))
print(cal.formatyear(2024, m=6).splitlines()[:6])
print(calendar.TextCalendar().formatweekday(0, 1), calendar.TextCalendar().formatweekday(0, 9),
      repr(calendar.TextCalendar().formatweekday(4, 12)))
print(repr(calendar.TextCalendar().formatmonthname(2024, 5, 20)))
print(repr(calendar.TextCalendar().formatmonthname(2024, 5, 20, withyear=False)))
