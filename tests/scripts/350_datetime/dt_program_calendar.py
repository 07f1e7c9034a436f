# a small program: print a month calendar and count working days with nothing but date arithmetic
from datetime import date, timedelta
def month_grid(year, month):
    first = date(year, month, 1)
    start = first - timedelta(days=first.weekday())
    nxt = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    rows = []
    day = start
    while day < nxt or day.weekday() != 0:
        row = []
        for _ in range(7):
            row.append("%2d" % day.day if day.month == month else "  ")
            day += timedelta(1)
        rows.append(" ".join(row))
    return first.strftime("%B %Y").center(20), rows
title, rows = month_grid(2024, 2)
print(title)
print("Mo Tu We Th Fr Sa Su")
print("\n".join(rows))
holidays = {date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)}
d, work = date(2024, 12, 20), 0
while d <= date(2025, 1, 10):
    work += d.weekday() < 5 and d not in holidays
    d += timedelta(days=1)
print("working days:", work, "| last Friday of 2024:", max(date(2024, 12, x) for x in range(25, 32) if date(2024, 12, x).weekday() == 4))
