# strptime's %z (Z, +HHMM, +HH:MM[:SS[.ffffff]]) makes a timezone; %Z adds its name; UTC/GMT are the names known
from datetime import datetime
for s, fmt in [("2024-01-01 +0530", "%Y-%m-%d %z"), ("2024-01-01 -08:00", "%Y-%m-%d %z"), ("2024-01-01 Z", "%Y-%m-%d %z"),
               ("2024-01-01 +00:00", "%Y-%m-%d %z"), ("2024-01-01 +01:02:03", "%Y-%m-%d %z"), ("2024-01-01 -01:02:03.5", "%Y-%m-%d %z"),
               ("2024-01-01 +0000 UTC", "%Y-%m-%d %z %Z"), ("2024-01-01 +0100 GMT", "%Y-%m-%d %z %Z"), ("2024-01-01 utc", "%Y-%m-%d %Z")]:
    dt = datetime.strptime(s, fmt)
    print(repr(s), "->", repr(dt), dt.tzname())
for s, fmt in [("2024-01-01 +01:0203", "%Y-%m-%d %z"), ("2024-01-01 +2400", "%Y-%m-%d %z"), ("2024-01-01 z", "%Y-%m-%d %z"),
               ("2024-01-01 EST", "%Y-%m-%d %Z"), ("2024-01-01 +1", "%Y-%m-%d %z")]:
    try:
        print(datetime.strptime(s, fmt))
    except ValueError as e:
        print(repr(s), e)
