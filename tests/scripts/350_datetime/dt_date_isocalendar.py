# isocalendar()'s named tuple (datetime.IsoCalendarDate), ISO weeks at year ends, and fromisocalendar
from datetime import date, datetime
ic = date(2024, 12, 30).isocalendar()
print(ic, repr(ic), ic.year, ic.week, ic.weekday, ic[0], tuple(ic), ic == (2025, 1, 1), len(ic), type(ic).__name__)
y, w, d = date(2021, 1, 3).isocalendar()
print(y, w, d, list(date(2020, 12, 31).isocalendar()), datetime(2026, 12, 31, 23).isocalendar())
for day in [date(2015, 12, 31), date(2016, 1, 1), date(2016, 1, 4), date(2018, 12, 31), date(2019, 12, 30), date(1, 1, 1), date(9999, 12, 31)]:
    print(day, day.isocalendar(), date.fromisocalendar(*day.isocalendar()) == day)
print(date.fromisocalendar(2020, 53, 7), datetime.fromisocalendar(2004, 1, 1), date.fromisocalendar(year=2009, week=53, day=5))
for args in [(2021, 53, 1), (2020, 0, 1), (2020, 1, 0), (2020, 1, 8), (0, 1, 1), (10000, 1, 1), (9999, 52, 6), (2**40, 1, 1), (2020.0, 1, 1)]:
    try:
        print(args, date.fromisocalendar(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
