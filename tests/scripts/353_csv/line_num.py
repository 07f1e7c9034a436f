# reader.line_num counts source lines, not records
import csv
import io

data = 'h1,h2\n"multi\nline\nvalue",x\n\nlast,"a\r\nb"\n'
reader = csv.reader(io.StringIO(data, newline=''))
print(reader.line_num)
for row in reader:
    print(reader.line_num, row)
print(reader.line_num)
dr = csv.DictReader(io.StringIO(data, newline=''))
print(dr.line_num, dr.fieldnames, dr.line_num)
for rec in dr:
    print(dr.line_num, rec)
