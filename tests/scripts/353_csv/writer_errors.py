# csv.writer errors: nothing to escape with, a lone empty field, non-iterable rows, bad targets
import csv
import io

buf = io.StringIO()
none_writer = csv.writer(buf, quoting=csv.QUOTE_NONE)
for row in (["a,b"], ['say "x"'], [""], ["ok", "fine"], [None]):
    try:
        print(none_writer.writerow(row))
    except csv.Error as e:
        print(type(e).__name__, e)
print(repr(buf.getvalue()))
w = csv.writer(io.StringIO(), doublequote=False)
try:
    w.writerow(['he said "no"'])
except csv.Error as e:
    print(type(e).__name__, e)
for bad in (5, None, 2.5):
    try:
        w.writerow(bad)
    except csv.Error as e:
        print(type(e).__name__, e)
try:
    w.writerows(7)
except TypeError as e:
    print(type(e).__name__, e)
try:
    w.writerows([["ok"], 3])
except csv.Error as e:
    print(type(e).__name__, e)
for target in (None, 42, "file.csv", io.StringIO().getvalue):
    try:
        csv.writer(target)
    except TypeError as e:
        print(type(e).__name__, e)


class Exploding:
    def __str__(self):
        raise RuntimeError("cannot format me")


try:
    csv.writer(io.StringIO()).writerow(["x", Exploding()])
except RuntimeError as e:
    print(type(e).__name__, e)
