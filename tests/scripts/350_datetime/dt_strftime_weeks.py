# week numbers: %U (Sunday first), %W (Monday first), ISO %G-%V-%u, %g, %w, %j around year boundaries
from datetime import date
for d in [date(2023, 1, 1), date(2023, 1, 2), date(2024, 1, 1), date(2024, 12, 29), date(2024, 12, 30), date(2024, 12, 31),
          date(2020, 12, 31), date(2021, 1, 3), date(2021, 1, 4), date(2026, 12, 31), date(2027, 1, 1), date(1, 1, 1), date(9999, 12, 31)]:
    print(d, d.strftime("%U %W | %G-W%V-%u %g | %w %a | %j"), d.isocalendar())
