# date.replace() keeps the unnamed fields and validates the result like the constructor
from datetime import date
d = date(2024, 2, 29)
print(d.replace(), d.replace(day=1), d.replace(month=3), d.replace(year=2028), d.replace(2000, 1, 1), d.replace(month=12, day=31))
for kw in [dict(year=2023), dict(month=4, day=31), dict(year=0), dict(month=13), dict(day=1.5), dict(year="2020")]:
    try:
        print(kw, d.replace(**kw))
    except (ValueError, TypeError) as e:
        print(kw, type(e).__name__, e)
print(d, [date(2024, m, 1).replace(day=28) for m in (1, 2, 3)])
