# calendar.weekday and calendar.monthrange, including years outside 1..9999
import calendar

for y, m, d in [(1970, 1, 1), (2000, 1, 1), (2000, 2, 29), (2024, 7, 4), (1, 1, 1), (9999, 12, 31),
                (1582, 10, 15), (0, 1, 1), (-1, 6, 15), (10000, 1, 1), (12345, 3, 3)]:
    wd = calendar.weekday(y, m, d)
    print(f"{y:>6}-{m:02}-{d:02} {wd} {calendar.day_name[wd]}")
for y in (2023, 2024, 1900, 2000):
    print(y, [calendar.monthrange(y, m) for m in range(1, 13)])
print(calendar.monthrange(0, 2), calendar.monthrange(-4, 2), calendar.monthrange(10400, 2))
