# csv.DictWriter: header, missing keys (restval), extra keys, extrasaction
import csv
import io

buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["id", "name", "email"], restval="-")
print(w.writeheader())
print(w.writerow({"id": 1, "name": "Ann", "email": "ann@example.com"}))
print(w.writerow({"name": "Bob"}))
print(w.writerows([{"id": 3, "email": "c@x.org"}, {"id": 4, "name": "D, Jr."}]))
print(buf.getvalue(), end="")
try:
    w.writerow({"id": 5, "phone": "555"})
except ValueError as e:
    print(type(e).__name__, e)
lenient = csv.DictWriter(buf, ["id"], extrasaction="ignore")
print(lenient.writerow({"id": 6, "phone": "555"}))
try:
    csv.DictWriter(buf, ["id"], extrasaction="skip")
except ValueError as e:
    print(type(e).__name__, e)
upper = csv.DictWriter(buf, ["id"], extrasaction="RAISE")
print(upper.extrasaction, upper.writerow({"id": 7, "other": 1}))
tsv = io.StringIO()
tw = csv.DictWriter(tsv, ["a", "b"], dialect="excel-tab", quoting=csv.QUOTE_ALL)
tw.writeheader()
tw.writerow({"a": "x\ty", "b": None})
print(repr(tsv.getvalue()))
try:
    csv.DictWriter(io.StringIO(), ["a"]).writerow(["not", "a", "dict"])
except AttributeError as e:
    print(type(e).__name__, e)
