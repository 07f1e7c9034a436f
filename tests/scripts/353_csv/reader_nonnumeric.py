# QUOTE_NONNUMERIC: unquoted fields become floats, quoted ones stay strings
import csv

rows = ['1,2.5,"three",-4e3', '"5",6,,"7"', ' 8 ,nan,inf']
reader = csv.reader(rows, quoting=csv.QUOTE_NONNUMERIC)
for row in reader:
    print(row, [type(v).__name__ for v in row])
reader = csv.reader(['1,two,3', '4,5'], quoting=csv.QUOTE_NONNUMERIC)
try:
    next(reader)
except ValueError as e:
    print(type(e).__name__, e, reader.line_num)
print(next(reader))
print(list(csv.reader([' 1, "x", 2'], quoting=csv.QUOTE_NONNUMERIC, skipinitialspace=True)))
