# datetime's constructor checks (date part first, then time, fold and tzinfo)
from datetime import datetime
for args, kw in [((2024, 2, 30), {}), ((2024, 1, 1, 24), {}), ((2024, 1, 1, 0, 60), {}), ((2024, 1, 1, 0, 0, 60), {}),
                 ((2024, 1, 1, 0, 0, 0, 10**6), {}), ((2024, 1, 1), dict(fold=2)), ((2024, 1, 1), dict(tzinfo=0)),
                 ((0, 13, 1, 25), {}), ((2024, 13, 1, 25), {}), ((2024, 1, 1, 1.5), {}), ((2024,), {}), ((), {}),
                 ((2024, 1, 1, 0, 0, 0, 0, None), dict(fold=True)), ((2024, 1, 1, "1"), {}), ((2024, 1, 1, 2**31), {})]:
    try:
        print(args, kw, repr(datetime(*args, **kw)))
    except (ValueError, TypeError, OverflowError) as e:
        print(args, kw, type(e).__name__, e)
