# csv.reader on simple comma-separated text read through io.StringIO
import csv
import io

text = "name,age,city\r\nAlice,30,Paris\r\nBob,,Berlin\r\n,,\r\nCarol,41,\r\n"
for row in csv.reader(io.StringIO(text)):
    print(len(row), row)
print(list(csv.reader(["a,b,c", "1,2,3\n", "x\r\n", "", "\n", "trailing,comma,"])))
print(list(csv.reader([])), list(csv.reader([""])), list(csv.reader([","])), list(csv.reader([" , "])))
rows = csv.reader("one,two three,four\nfive".splitlines())
print(next(rows), next(rows), rows.line_num)
try:
    next(rows)
except StopIteration:
    print("exhausted at line", rows.line_num)
print(list(csv.reader(["tab\tstays,semi;stays,pipe|stays"])))
print(list(csv.reader(["unicode: é,日本,😀"])))
print(list(csv.reader(["nul\0inside,ok"])))
