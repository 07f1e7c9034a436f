# now(), utcnow(), today() and date.today() give the right types and zones (their values are never printed)
from datetime import datetime, date, timezone, timedelta
n = datetime.now(timezone.utc)
print(type(n).__name__, n.tzinfo, n.utcoffset(), type(datetime.now()).__name__, datetime.now().tzinfo)
plus3 = timezone(timedelta(hours=3))
m = datetime.now(plus3)
print(m.tzinfo is plus3, m.utcoffset(), abs(m - n) < timedelta(minutes=5), abs(datetime.utcnow() - n.replace(tzinfo=None)) < timedelta(minutes=5))
print(type(datetime.utcnow()).__name__, datetime.utcnow().tzinfo, type(date.today()).__name__, type(datetime.today()).__name__)
print(date.today().year >= 2024, datetime.today().tzinfo, datetime.now(tz=None).tzinfo)
try:
    datetime.now(1)
except TypeError as e:
    print(e)
