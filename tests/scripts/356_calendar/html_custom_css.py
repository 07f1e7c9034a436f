# subclassing HTMLCalendar: custom CSS classes and a highlighted day
import calendar


class EventCalendar(calendar.HTMLCalendar):
    cssclasses = ["weekday"] * 5 + ["weekend"] * 2
    cssclass_noday = "empty"
    cssclass_month = "cal"
    cssclass_month_head = "cal-head"

    def __init__(self, events):
        super().__init__(firstweekday=calendar.SUNDAY)
        self.events = events

    def formatday(self, day, weekday):
        cell = super().formatday(day, weekday)
        if day in self.events:
            cell = cell.replace("</td>", f" <b>{self.events[day]}</b></td>")
        return cell


print(EventCalendar({14: "Valentine", 29: "Leap day"}).formatmonth(2024, 2))
