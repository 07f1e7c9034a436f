# dates order chronologically, hash by value; date against datetime follows CPython 3.11's rules
from datetime import date, datetime
ds = [date(2024, 3, 5), date(1999, 12, 31), date(2024, 1, 1), date(2024, 3, 4)]
print(sorted(ds), max(ds), min(ds), sorted(ds, reverse=True)[0])
print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) >= date(2024, 1, 1), date(2024, 1, 1) != date(2024, 1, 1))
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2023, 1, 1)}), {date(2024, 1, 1): "a"}[date(2024, 1, 1)])
print(date(2024, 1, 1) == datetime(2024, 1, 1), datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) != datetime(2024, 1, 1))
for expr in ["date(2024, 1, 1) < datetime(2024, 1, 1)", "datetime(2024, 1, 1) >= date(2024, 1, 1)", "date(2024, 1, 1) < 5",
             "date(2024, 1, 1) <= '2024'", "date(2024, 1, 1) > None", "date(2024, 1, 1) == 5"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "->", e)
