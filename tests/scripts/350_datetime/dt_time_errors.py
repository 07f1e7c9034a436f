# time's constructor and replace() checks, with the C module's messages
from datetime import time, timezone
for kw in [dict(hour=24), dict(hour=-1), dict(minute=60), dict(second=60), dict(microsecond=10**6), dict(microsecond=-1),
           dict(fold=2), dict(fold=-1), dict(hour=1.0), dict(minute="5"), dict(tzinfo=5), dict(tzinfo="UTC"), dict(hour=2**40)]:
    try:
        print(kw, repr(time(**kw)))
    except (ValueError, TypeError, OverflowError) as e:
        print(kw, type(e).__name__, e)
t = time(10, 20, 30, tzinfo=timezone.utc)
print(repr(t.replace(hour=11)), repr(t.replace(tzinfo=None)), repr(t.replace(fold=1)), repr(t.replace(microsecond=5)))
for kw in [dict(hour=25), dict(fold=2, hour=25), dict(tzinfo=1), dict(second=2.5)]:
    try:
        print(kw, t.replace(**kw))
    except (ValueError, TypeError) as e:
        print(kw, type(e).__name__, e)
for arg in [1, None]:
    try:
        t.isoformat(arg)
    except TypeError as e:
        print(e)
