# the validated dialect objects returned by get_dialect() and reader().dialect are read-only
import csv
import io

d = csv.get_dialect("excel")
print(type(d).__name__, type(d).__module__)
print([getattr(d, name) for name in ("delimiter", "quotechar", "escapechar", "doublequote",
                                     "skipinitialspace", "lineterminator", "quoting", "strict")])
for attempt in ("delimiter", "quoting", "nonexistent"):
    try:
        setattr(d, attempt, "x")
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    del d.quotechar
except AttributeError as e:
    print(type(e).__name__, e)
r = csv.reader([], delimiter=";")
w = csv.writer(io.StringIO(), "unix")
print(r.dialect.delimiter, repr(w.dialect.lineterminator), w.dialect.quoting == csv.QUOTE_ALL)
print(type(r).__name__, type(w).__name__, type(r).__module__)
print(iter(r) is r, csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(sorted(csv.__all__))
