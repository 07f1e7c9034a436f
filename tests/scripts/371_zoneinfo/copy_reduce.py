# copying: cached zones copy to themselves, so aware datetimes keep sharing their tzinfo
import copy
import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

paris = ZoneInfo("Europe/Paris")
print(copy.copy(paris) is paris, copy.deepcopy(paris) is paris)
fn, args = paris.__reduce__()
print(fn(*args) is paris, args)
fresh = ZoneInfo.no_cache("Europe/Paris")
fn, args = fresh.__reduce__()
again = fn(*args)
print(args, again is fresh, again is paris, repr(again))

d = datetime(2024, 10, 27, 2, 30, tzinfo=paris, fold=1)
d2 = copy.deepcopy(d)
print(d2.tzinfo is paris, d2 == d, d2.fold, d2 - d)
events = {"a": [d, d + timedelta(hours=1)]}
dup = copy.deepcopy(events)
print(dup["a"][0].tzinfo is dup["a"][1].tzinfo is paris, dup == events)


class Sub(ZoneInfo):
    pass


s = Sub("Asia/Tokyo")
print(copy.deepcopy(s) is s, type(copy.copy(s)).__name__)

with open("/usr/share/zoneinfo/UTC", "rb") as f:
    from_file = ZoneInfo.from_file(f, key="UTC")
try:
    from_file.__reduce__()
except Exception as e:
    print("from_file:", e)
