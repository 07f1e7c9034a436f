# date.fromisoformat: YYYY-MM-DD, YYYYMMDD and ISO week dates; anything else is "Invalid isoformat string"
from datetime import date
for s in ["2024-02-29", "20240229", "2024-W09", "2024W09", "2024-W09-4", "2024W094", "2020-W53-7", "0001-01-01", "9999-12-31",
          "2024-2-29", "2024-02-29T00:00", "2024/02/29", " 2024-02-29", "2024-0229", "202402-29", "2024-W9", "2024-W53",
          "2024-13-01", "2023-02-29", "0000-01-01", "", "2024-02-2\u0669", "2024-W09-8", "2024-W00"]:
    try:
        print(repr(s), "->", repr(date.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), "->", e)
try:
    date.fromisoformat(20240229)
except TypeError as e:
    print(e)
print(date.fromisoformat(date(5, 6, 7).isoformat()) == date(5, 6, 7))
