# strptime's errors: no match, unconverted data, bad directives, stray %, impossible dates, argument types
from datetime import datetime
for args in [("2024-13-01", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("2023-02-29", "%Y-%m-%d"), ("2024-01-01 junk", "%Y-%m-%d"),
             ("2024", "%Y-%m"), ("abc", "%Y"), ("2024", "%Q"), ("2024", "%Y%"), ("2024 ", "%Y% "), ("24:00", "%H:%M"),
             ("12:61", "%H:%M"), ("61", "%S"), ("60", "%S"), ("Feb 29", "%b %d"), ("0000", "%Y"), ("2024", "%Ey"), ("10", "%d %d"), ("x", "%")]:
    try:
        print(args, "->", datetime.strptime(*args))
    except ValueError as e:
        print(args, "->", type(e).__name__, e)
    except Exception as e:
        print(args, "->", type(e).__name__)
for args in [(2024, "%Y"), ("2024", 5), ("2024",), (None, "%Y")]:
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print(e)
