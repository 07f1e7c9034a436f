# argument checks: both arguments must be str (time.strptime counts them from 0, datetime.strptime from 1);
# time.strptime's format defaults to "%a %b %d %H:%M:%S %Y"; datetime.strptime takes exactly two
import time
from datetime import datetime


class S(str):
    pass


for args in [(2024, "%Y"), ("2024", 5), (b"2024", "%Y"), ("2024", b"%Y"), (None, None), (["2024"], "%Y")]:
    for parse in (time.strptime, datetime.strptime):
        try:
            parse(*args)
        except TypeError as e:
            print(parse.__name__, "TypeError:", e)
print(time.strptime(S("2024"), S("%Y"))[:3])
print(datetime.strptime(S("2024-05-06"), S("%Y-%m-%d")))
print(time.strptime("Fri Mar  1 10:00:00 2024")[:6])
for args in [("2024",), ("2024", "%Y", "x"), ()]:
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print("datetime.strptime", len(args), "TypeError:", e)
try:
    time.strptime("2024", "%Y", "x")
except TypeError as e:
    print("time.strptime 3 TypeError")
try:
    time.strptime("2024")
except ValueError as e:
    print("ValueError:", e)
