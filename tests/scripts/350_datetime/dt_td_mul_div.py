# timedelta times/over ints and floats (rounded half to even), // and %, divmod, and td / td ratios
from datetime import timedelta
t = timedelta(days=1, seconds=7, microseconds=3)
print(repr(t * 3), repr(3 * t), repr(t * -1), repr(t * 0), repr(t * True))
print(repr(t * 0.5), repr(0.5 * t), repr(t * 1.1), repr(t * -2.5), repr(t / 4), repr(t / -3), repr(t / 1.5))
print(repr(timedelta(microseconds=1) * 0.5), repr(timedelta(microseconds=3) * 0.5), repr(timedelta(microseconds=5) / 2))
print(repr(timedelta(microseconds=7) / 2), repr(timedelta(microseconds=-7) / 2), repr(timedelta(microseconds=1) / 3))
print(repr(t // 2), repr(t // -2), repr(t // 1000000), t // timedelta(hours=1), t / timedelta(hours=1))
print(repr(t % timedelta(hours=5)), repr(t % timedelta(hours=-5)), divmod(t, timedelta(hours=5)))
print(divmod(timedelta(-1), timedelta(hours=7)), timedelta(hours=1) / timedelta(minutes=7))
print(timedelta(days=365) // timedelta(weeks=1), timedelta(days=365) % timedelta(weeks=1))
print(timedelta(seconds=10).total_seconds(), timedelta(microseconds=-1).total_seconds(), timedelta.max.total_seconds())
