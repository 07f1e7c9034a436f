# csv.DictReader: header row, explicit fieldnames, short and long rows, blank lines
import csv
import io

data = "id,name,score\n1,Ann,90\n\n2,Ben\n3,Cy,75,extra,more\n"
reader = csv.DictReader(io.StringIO(data))
print(reader.fieldnames)
for row in reader:
    print(reader.line_num, row)

reader = csv.DictReader(io.StringIO(data), restkey="rest", restval="n/a")
print([dict(r) for r in reader])

reader = csv.DictReader(io.StringIO("a;b\n1;2\n"), fieldnames=["x", "y"], delimiter=";")
print(list(reader))
reader = csv.DictReader(io.StringIO(""))
print(reader.fieldnames, list(reader))
reader = csv.DictReader(io.StringIO("only,header\n"))
print(reader.fieldnames, list(reader))
reader = csv.DictReader(["k,v", "a,1"], dialect="excel")
reader.fieldnames = ["key", "value"]
print(list(reader))
reader = csv.DictReader(io.StringIO("name|qty\n'apple|green'|3\n"), delimiter="|", quotechar="'")
print(next(reader), reader.reader.line_num, reader.dialect)
