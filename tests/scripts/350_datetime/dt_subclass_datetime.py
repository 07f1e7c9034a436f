# a datetime subclass with its own __new__: which operations call it (and with what) follows CPython's C code
from datetime import datetime, timedelta, timezone
calls = []
class Stamp(datetime):
    def __new__(cls, *args, **kwargs):
        calls.append((args, kwargs))
        return super().__new__(cls, *args, **kwargs)
def run(label, f):
    calls.clear()
    r = f()
    print(label, repr(r), type(r).__name__, calls)
s = Stamp(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc, fold=1)
run("add", lambda: s + timedelta(hours=1))
run("sub", lambda: s - timedelta(days=1))
run("replace", lambda: s.replace(minute=0))
run("astimezone", lambda: s.astimezone(timezone(timedelta(hours=2))))
run("combine", lambda: Stamp.combine(s.date(), s.timetz()))
run("fromisoformat", lambda: Stamp.fromisoformat("2024-01-02T03:04"))
run("strptime", lambda: Stamp.strptime("2024-01-02 03:04", "%Y-%m-%d %H:%M"))
run("fromtimestamp", lambda: Stamp.fromtimestamp(0, timezone.utc))
run("utcfromtimestamp", lambda: Stamp.utcfromtimestamp(86400))
run("fromordinal", lambda: Stamp.fromordinal(738000))
run("diff", lambda: s - s)
run("parts", lambda: (s.date(), s.time()))
