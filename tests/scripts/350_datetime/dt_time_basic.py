# time: fields, reprs (seconds and microseconds only when set, then tzinfo and fold), str and isoformat(timespec)
from datetime import time, timezone, timedelta
for t in [time(), time(7), time(7, 5), time(7, 5, 3), time(7, 5, 3, 20), time(0, 0, 0, 1), time(23, 59, 59, 999999, fold=1),
          time(12, 30, tzinfo=timezone.utc), time(1, 2, 3, 4, timezone(timedelta(hours=-3)), fold=1)]:
    print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
t = time(9, 8, 7, 654321)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(spec), time(9).isoformat(timespec=spec), time(9, 0, 0, 999).isoformat(spec))
for bad in ["minute", "", "HOURS"]:
    try:
        t.isoformat(bad)
    except ValueError as e:
        print(repr(bad), e)
print(time.min, time.max, time.resolution, bool(time(0)), bool(time.min))
