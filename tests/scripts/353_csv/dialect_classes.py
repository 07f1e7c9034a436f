# Dialect classes: excel, excel_tab, unix_dialect, custom subclasses and their validation
import csv
import io

for cls in (csv.excel, csv.excel_tab, csv.unix_dialect):
    d = cls()
    print(cls.__name__, repr(d.delimiter), repr(d.quotechar), repr(d.lineterminator), d.quoting, d._valid,
          repr(d._name), d.escapechar, d.doublequote, d.skipinitialspace)


class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


buf = io.StringIO()
csv.writer(buf, Pipes).writerows([["a|b", "it's"], [1, 2]])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()), Pipes())))
print(Pipes()._valid)


class Broken(csv.excel):
    delimiter = "||"


class NoTerminator(csv.excel):
    lineterminator = None


class BadQuoting(csv.excel):
    quoting = 17


for cls in (Broken, NoTerminator, BadQuoting, csv.Dialect):
    try:
        cls()
        print(cls.__name__, "accepted")
    except csv.Error as e:
        print(cls.__name__, type(e).__name__, e)


class Partial:
    delimiter = ";"


print(list(csv.reader(["a;b,c"], Partial)), list(csv.reader(["a;b,c"], Partial, delimiter=",")))
print(list(csv.reader(["x,y"], object())))
