# day_name, day_abbr, month_name, month_abbr: indexing, slicing, iteration and length
import calendar

print(list(calendar.day_name))
print(list(calendar.day_abbr))
print(list(calendar.month_name))
print(list(calendar.month_abbr))
print(len(calendar.day_name), len(calendar.month_abbr), calendar.day_name[-1], calendar.month_name[-1])
print(calendar.day_abbr[2:5], calendar.month_name[1::3], calendar.month_abbr[0] == "")
print(calendar.day_name.format, calendar.month_abbr.format, type(calendar.day_name).__name__)
for bad in (7, 13, "x"):
    for seq in (calendar.day_name, calendar.month_name):
        try:
            seq[bad]
        except (IndexError, TypeError) as e:
            print(type(e).__name__, e)
print({calendar.month_abbr[m].lower(): m for m in range(1, 13)}["sep"])
print(calendar.MONDAY, calendar.TUESDAY, calendar.WEDNESDAY, calendar.THURSDAY, calendar.FRIDAY,
      calendar.SATURDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.mdays)
