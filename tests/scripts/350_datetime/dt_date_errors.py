# date's range and type checks, with the C module's messages
from datetime import date
for args in [(0, 1, 1), (10000, 1, 1), (-5, 1, 1), (2024, 0, 1), (2024, 13, 1), (2024, 1, 0), (2024, 1, 32),
             (2023, 2, 29), (1900, 2, 29), (2000, 2, 30), (2024, 4, 31), (2024.0, 1, 1), ("2024", 1, 1), (2024, 1, None),
             (2**31, 1, 1), (-2**31 - 1, 1, 1), (2**63, 1, 1), (2024, 2**40, 1)]:
    try:
        print(args, "->", date(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(args, "->", type(e).__name__, e)
for call in [lambda: date(), lambda: date(2024), lambda: date(2024, 5), lambda: date.fromordinal(0), lambda: date.fromordinal(-3),
             lambda: date.fromordinal(3652060), lambda: date.fromordinal(1.5), lambda: date.fromordinal(2**40)]:
    try:
        print(call())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
