# strptime with day-of-year and week directives: %j, %U/%W with a weekday, ISO %G %V %u
from datetime import datetime
for s, fmt in [("2024 100", "%Y %j"), ("2023 365", "%Y %j"), ("2024 10 2", "%Y %W %w"), ("2024 10 2", "%Y %U %w"),
               ("2024 0 1", "%Y %W %u"), ("2024 0 0", "%Y %U %w"), ("2020 53 7", "%G %V %u"), ("2021 1 1", "%G %V %u"),
               ("2024 1 Mon", "%G %V %a"), ("2026 53 Friday", "%G %V %A"), ("2024 52 6", "%Y %W %w"), ("Mon 2024 1", "%a %Y %W")]:
    print(repr(s), repr(fmt), "->", repr(datetime.strptime(s, fmt)))
for s, fmt in [("2024 10", "%G %V"), ("2024 10 1", "%Y %V %u"), ("2024 10", "%V"), ("2024 100 1 1", "%G %j %V %u")]:
    try:
        datetime.strptime(s, fmt)
    except ValueError as e:
        print(repr(fmt), e)
