# dialect parameter validation: the TypeErrors raised by reader() and writer()
import csv
import io

cases = [
    dict(delimiter=""), dict(delimiter="::"), dict(delimiter=0), dict(delimiter=None), dict(delimiter=b","),
    dict(quotechar=""), dict(quotechar="''"), dict(quotechar=7), dict(quotechar=None, quoting=csv.QUOTE_ALL),
    dict(escapechar=""), dict(escapechar="ab"), dict(escapechar=1.5),
    dict(lineterminator=1), dict(lineterminator=None), dict(lineterminator=b"\n"),
    dict(quoting=4), dict(quoting=-1), dict(quoting="all"), dict(quoting=1.0), dict(quoting=None),
    dict(delimiter=1, quotechar=2), dict(bogus=True), dict(quotechar=None),
    dict(delimiter="\t", lineterminator="\n", doublequote=0, skipinitialspace="yes", strict=[]),
]
for kw in cases:
    try:
        d = csv.reader([], **kw).dialect
        print("ok ", kw, [repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), repr(d.lineterminator),
                          d.quoting, d.doublequote, d.skipinitialspace, d.strict])
    except TypeError as e:
        print("err", kw, type(e).__name__, e)
    try:
        csv.writer(io.StringIO(), **kw)
    except TypeError as e:
        pass
try:
    csv.reader()
except TypeError as e:
    print(type(e).__name__, e)
try:
    csv.reader([], "excel", "extra")
except TypeError as e:
    print(type(e).__name__, e)
try:
    csv.reader(10)
except TypeError as e:
    print(type(e).__name__, e)
