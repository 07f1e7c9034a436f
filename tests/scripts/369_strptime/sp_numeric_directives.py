# the numeric directives: the widths each accepts (one or two digits, %d with a leading space, %j up to three,
# %f up to six, %Y exactly four) and how a field gives digits back when the rest of the format needs them
import time
from datetime import datetime


def show(s, f):
    try:
        st = time.strptime(s, f)
        print(repr(s), repr(f), tuple(st))
    except ValueError as e:
        print(repr(s), repr(f), "ValueError:", e)


for s, f in [("5", "%d"), ("05", "%d"), (" 5", "%d"), ("31", "%d"), ("32", "%d"), ("0", "%d"), ("00", "%d"),
             ("7", "%m"), ("12", "%m"), ("13", "%m"), ("0", "%H"), ("9", "%H"), ("23", "%H"), ("24", "%H"),
             ("12", "%I"), ("0", "%I"), ("59", "%M"), ("60", "%M"), ("60", "%S"), ("61", "%S"), ("62", "%S"),
             ("1", "%j"), ("01", "%j"), ("001", "%j"), ("366", "%j"), ("367", "%j"), ("000", "%j"),
             ("99", "%y"), ("00", "%y"), ("68", "%y"), ("69", "%y"), ("9", "%y"), ("0000", "%Y"), ("123", "%Y"),
             ("0", "%w"), ("6", "%w"), ("7", "%w"), ("1", "%u"), ("7", "%u"), ("0", "%u"), ("00", "%U"), ("53", "%W"),
             ("54", "%U"), ("٢٠٢٤", "%Y"), ("١٢", "%d")]:
    show(s, f)
# greedy fields that back off
for s, f in [("2020111", "%Y%m%d"), ("202012", "%Y%m%d"), ("20201231", "%Y%m%d"), ("1234", "%H%M"),
             ("123", "%H%M"), ("3601", "%j%d"), ("1999123", "%Y%j"), ("991231", "%y%m%d"), ("12345", "%m%d%H")]:
    show(s, f)
for s in ["1", "12", "123456", "000001", "1234567"]:
    try:
        print(repr(s), datetime.strptime(s, "%f").microsecond)
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(time.strptime("61", "%S").tm_sec)
try:
    datetime.strptime("61", "%S")
except ValueError as e:
    print("datetime:", e)
