# time.fromisoformat: HH[:MM[:SS[.fff[fff]]]] with or without colons, an optional leading T and a UTC offset
from datetime import time
for s in ["12", "1230", "12:30", "123045", "12:30:45", "12:30:45.1", "12:30:45.123", "12:30:45,123456", "12:30:45.1234567",
          "T12:30", "12:30Z", "12:30:45+05:30", "12:30:45-0800", "12:30:45+05", "12:30:45+05:30:15", "12:30:45+05:30:15.25",
          "12:30:45+00:00", "00:00-00:00:00.000001", "24:00", "12:60", "12:30:", "12:30:45.", "1:30", "12:3", "12:30:45:67",
          "12:30+24:00", "12:30Zx", "", "T", "12:30 ", "\u0661\u0662:30"]:
    try:
        print(repr(s), "->", repr(time.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), "->", e)
print(time.fromisoformat(time(1, 2, 3, 4).isoformat()) == time(1, 2, 3, 4))
