# aware times: utcoffset/tzname/dst, comparisons across offsets, naive against aware, and hashing
from datetime import time, timezone, timedelta
utc, plus2 = timezone.utc, timezone(timedelta(hours=2), "CEST")
a, b, n = time(12, 0, tzinfo=utc), time(14, 0, tzinfo=plus2), time(12, 0)
print(a.utcoffset(), b.utcoffset(), n.utcoffset(), a.tzname(), b.tzname(), n.tzname(), a.dst(), b.dst(), n.dst())
print(a == b, a != b, a < b, a <= b, hash(a) == hash(b), a.isoformat(), b.isoformat(), str(b))
print(time(12, tzinfo=utc) < time(13, tzinfo=plus2), time(11, 59, tzinfo=utc) < time(14, tzinfo=plus2))
print(n == a, n != a, time(0) == time(0, fold=1), hash(time(0)) == hash(time(0, fold=1)))
for expr in ["n < a", "a >= n", "n > 5", "a + timedelta(1)", "a - a", "timedelta(1) + n"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "->", e)
print(sorted([time(3), time(1, 30), time(1, 5, 59)]), len({time(12, tzinfo=utc), time(14, tzinfo=plus2), time(12)}))
