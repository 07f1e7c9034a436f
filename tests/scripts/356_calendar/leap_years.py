# calendar.isleap and calendar.leapdays over ordinary, century and negative years
import calendar

years = [1600, 1700, 1800, 1900, 1996, 1999, 2000, 2023, 2024, 2100, 2400, 0, -4, -100, 1]
print([(y, calendar.isleap(y)) for y in years])
print([y for y in range(1890, 1920) if calendar.isleap(y)])
for a, b in [(2000, 2024), (2000, 2025), (1900, 2000), (1, 10000), (2024, 2024), (-400, 0), (2025, 2000)]:
    print(a, b, calendar.leapdays(a, b))
