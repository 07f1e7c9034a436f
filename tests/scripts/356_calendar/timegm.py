# calendar.timegm: UTC time tuples to Unix timestamps
import calendar

for t in [(1970, 1, 1, 0, 0, 0), (2000, 1, 1, 0, 0, 0), (2024, 2, 29, 12, 30, 45), (1969, 12, 31, 23, 59, 59),
          (1, 1, 1, 0, 0, 0), (9999, 12, 31, 23, 59, 59), (2024, 1, 32, 0, 0, 0), (2024, 1, 1, 25, 61, 61),
          (2024, 3, 1, 0, 0, 0.5), (2038, 1, 19, 3, 14, 8, 1, 19, 0)]:
    print(t, calendar.timegm(t))
for bad in [(2024, 13, 1, 0, 0, 0), (0, 1, 1, 0, 0, 0), (10000, 1, 1, 0, 0, 0), (2024, 1, 1), (2024.0, 1, 1, 0, 0, 0)]:
    try:
        calendar.timegm(bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
print(calendar.EPOCH)
