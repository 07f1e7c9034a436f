# LocaleTextCalendar / LocaleHTMLCalendar with the C locale behave like the plain classes
import calendar

t = calendar.LocaleTextCalendar(locale="C")
print(t.locale, t.formatmonth(2024, 4) == calendar.TextCalendar().formatmonth(2024, 4))
h = calendar.LocaleHTMLCalendar(firstweekday=6, locale="C")
print(h.locale, h.formatmonth(2024, 4) == calendar.HTMLCalendar(6).formatmonth(2024, 4))
print(isinstance(t, calendar.TextCalendar), isinstance(h, calendar.HTMLCalendar))
print(sorted(calendar.__all__))
