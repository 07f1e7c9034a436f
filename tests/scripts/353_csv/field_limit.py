# csv.field_size_limit: reading and changing the limit, and the error for oversized fields
import csv

print(csv.field_size_limit())
old = csv.field_size_limit(8)
print(old, csv.field_size_limit())
reader = csv.reader(['short,12345678', 'toolong12,x', '"quoted field!",y', 'ok', '"multi', 'line ends here"'])
while True:
    try:
        print(next(reader))
    except csv.Error as e:
        print(type(e).__name__, e, "at line", reader.line_num)
    except StopIteration:
        break
for bad in ("10", 2.0, None, True):
    try:
        csv.field_size_limit(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(csv.field_size_limit(new_limit=131072))
print(csv.field_size_limit())
print(len(next(csv.reader(["x" * 131072]))[0]))
try:
    next(csv.reader(["x" * 131073]))
except csv.Error as e:
    print(e)
