# calendar helpers checked against datetime: weekday, monthrange and timegm agree with date arithmetic
import calendar
import datetime

for y, m, d in [(2024, 2, 29), (1999, 12, 31), (2000, 1, 1), (1, 1, 1), (9999, 12, 31)]:
    dt = datetime.date(y, m, d)
    print(dt.isoformat(), calendar.weekday(y, m, d), dt.weekday(), calendar.day_name[dt.weekday()])
for y, m in [(2024, 2), (2023, 2), (2024, 12)]:
    first, ndays = calendar.monthrange(y, m)
    last = datetime.date(y, m, ndays)
    print(y, m, first == datetime.date(y, m, 1).weekday(), ndays, str(last + datetime.timedelta(days=1)))
stamp = calendar.timegm((2024, 5, 17, 8, 30, 0))
epoch = datetime.date(1970, 1, 1)
print(stamp, (datetime.date(2024, 5, 17) - epoch).days * 86400 + 8 * 3600 + 30 * 60)
today = datetime.date(2024, 3, 15)
print(calendar.month_name[today.month], calendar.isleap(today.year),
      calendar.monthcalendar(today.year, today.month)[2])
