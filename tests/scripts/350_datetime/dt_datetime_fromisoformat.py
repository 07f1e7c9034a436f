# datetime.fromisoformat with 3.11's extended formats: basic and week dates, any separator, fractions, offsets
from datetime import datetime
for s in ["2024-03-05", "2024-03-05T14", "2024-03-05T14:07", "2024-03-05 14:07:09", "2024-03-05T14:07:09.5",
          "2024-03-05T14:07:09,123", "2024-03-05T14:07:09.1234567", "20240305T140709", "20240305T140709.25Z",
          "2024-03-05T14:07:09Z", "2024-03-05T14:07+01:00", "2024-03-05T14:07:09-0330", "2024-03-05T14:07:09+05:30:15",
          "2024-03-05T14:07:09+00:00", "2024-03-05x14:07", "2024-03-05\u00e914:07", "2024-W10-2T08:00", "2024W102T08",
          "2024-W10T08:00", "2024W10", "2024-03-05T", "2024-03-05T25:00", "2024-03-05T14:07+24:00", "2024-02-30T00:00",
          "2024-03-05T14:07:09+", "2024-03-05T1407:09", "2024-03-05T14:0709", "2024-03", "2024-03-05 ", "nonsense"]:
    try:
        print(repr(s), "->", repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), "->", e)
dt = datetime(2024, 3, 5, 14, 7, 9, 123456)
print(datetime.fromisoformat(dt.isoformat()) == dt, datetime.fromisoformat(str(dt)) == dt, datetime.fromisoformat(dt.isoformat("#")) == dt)
