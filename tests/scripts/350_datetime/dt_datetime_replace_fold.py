# replace() on datetimes (fold is keyword-only and checked first) and what keeps or drops fold
from datetime import datetime, timezone, timedelta
dt = datetime(2024, 11, 3, 1, 30, fold=1)
print(repr(dt), repr(dt.replace(minute=45)), repr(dt.replace(fold=0)), repr(dt.replace(tzinfo=timezone.utc)))
print(repr(dt + timedelta(0)), repr(dt - timedelta(minutes=1)), repr(dt.time()), repr(dt.timetz()), repr(dt.date()))
print(dt == dt.replace(fold=0), hash(dt) == hash(dt.replace(fold=0)), dt.fold, dt.replace(fold=0).fold)
for kw in [dict(fold=2), dict(fold=2, hour=99), dict(hour=24), dict(month=2, day=30), dict(tzinfo="UTC"), dict(year=1.5)]:
    try:
        print(kw, dt.replace(**kw))
    except (ValueError, TypeError) as e:
        print(kw, type(e).__name__, e)
print(repr(datetime(2024, 1, 31).replace(month=4, day=30)), repr(datetime(2024, 1, 1, tzinfo=timezone.utc).replace(tzinfo=None)))
