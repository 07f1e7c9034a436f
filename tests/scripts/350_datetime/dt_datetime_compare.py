# datetime comparisons: same instant in different zones is equal (and hashes alike); naive vs aware ordering fails
from datetime import datetime, timedelta, timezone
utc, cet = timezone.utc, timezone(timedelta(hours=1), "CET")
a, b = datetime(2024, 1, 1, 12, tzinfo=utc), datetime(2024, 1, 1, 13, tzinfo=cet)
print(a == b, a != b, a < b, a <= b, hash(a) == hash(b), len({a, b}), a.tzname(), b.tzname())
print(datetime(2024, 1, 1, 12, 0, 1, tzinfo=utc) > b, sorted([b + timedelta(minutes=-1), a, b + timedelta(minutes=1)]))
n = datetime(2024, 1, 1, 12)
print(n == a, n != a, a == n, datetime(2024, 1, 1) == datetime(2024, 1, 1, fold=1), n in [a, b], n == "2024")
for expr in ["n < a", "a > n", "n <= 0", "a >= None", "datetime(2024, 1, 1) < datetime(2024, 1, 1).date()"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "->", e)
print(max(datetime(2024, 5, 1, 23, tzinfo=timezone(timedelta(hours=-2))), datetime(2024, 5, 2, 0, 30, tzinfo=utc)))
