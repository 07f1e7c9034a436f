# date: fields, repr/str/isoformat, weekdays and proleptic Gregorian ordinals
from datetime import date
d = date(2024, 2, 29)
print(d.year, d.month, d.day, repr(d), str(d), d.isoformat(), d.weekday(), d.isoweekday(), d.toordinal())
print(repr(date(1, 1, 1)), date(1, 1, 1).toordinal(), repr(date(9999, 12, 31)), date(9999, 12, 31).toordinal())
print(repr(date(5, 6, 7)), str(date(5, 6, 7)), str(date(999, 1, 1)), date(year=2020, month=1, day=2), date(2020, day=3, month=4))
for o in [1, 2, 365, 366, 719163, 730120, 738000, 3652059]:
    d = date.fromordinal(o)
    print(o, d, d.toordinal() == o, d.weekday(), ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()])
leap = [y for y in range(1896, 1910) if date(y, 3, 1).toordinal() - date(y, 2, 1).toordinal() == 29]
print(leap, (date(2000, 3, 1) - date(2000, 2, 1)).days, (date(2100, 3, 1) - date(2100, 2, 1)).days)
print(date(2024, 1, 1) == date(2024, 1, 1), date(True, True, True), type(date.fromordinal(5)).__name__)
