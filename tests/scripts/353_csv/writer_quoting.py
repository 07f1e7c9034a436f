# csv.writer quoting styles: QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE (with escapechar), doublequote=False
from decimal import Decimal
from fractions import Fraction
import csv
import io

row = ["text", 42, 3.5, None, True, Decimal("1.10"), Fraction(1, 3), 'q"uote', "a,b", ""]
for name in ("QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC"):
    buf = io.StringIO()
    csv.writer(buf, quoting=getattr(csv, name)).writerow(row)
    print(f"{name:17}", buf.getvalue(), end="")
buf = io.StringIO()
csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'c"d', "e\\f", "g\nh", "plain"])
print("QUOTE_NONE       ", buf.getvalue(), end="")
buf = io.StringIO()
csv.writer(buf, doublequote=False, escapechar="\\").writerow(['say "x"', "back\\slash", "c,d"])
print("doublequote=False", buf.getvalue(), end="")
buf = io.StringIO()
csv.writer(buf, quotechar="'", delimiter=";", lineterminator="\n").writerows([["it's", "a;b", 'x"y'], ["", 1]])
print(buf.getvalue(), end="")
buf = io.StringIO()
csv.writer(buf, lineterminator="|").writerows([["a|b", "c"], ["d\ne", "f\rg"]])
print(repr(buf.getvalue()))
