# excel-tab and unix dialects for reading and writing
import csv
import io

tsv = "col a\tcol b\n1\t\"quoted\ttab\"\n2\tplain, with comma\n"
for row in csv.reader(io.StringIO(tsv), dialect=csv.excel_tab):
    print(row)
buf = io.StringIO()
w = csv.writer(buf, csv.excel_tab)
w.writerow(["a b", "c\td", "e,f"])
print(repr(buf.getvalue()))
buf = io.StringIO()
w = csv.writer(buf, dialect="unix")
w.writerows([["id", "text"], [1, "one"], [2, None], [3, 'say "x"']])
print(buf.getvalue(), end="")
print(list(csv.reader(io.StringIO(buf.getvalue()), "unix")))
buf = io.StringIO()
csv.writer(buf, csv.unix_dialect, quoting=csv.QUOTE_MINIMAL).writerow(["x", "y z", ""])
print(repr(buf.getvalue()))
