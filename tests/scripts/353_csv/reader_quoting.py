# csv.reader: quoted fields, doubled quotes, delimiters and newlines inside quotes
import csv
import io

data = '''id,comment
1,"Hello, world"
2,"She said ""hi"""
3,"multi
line
comment"
4,""
5,"quoted"unquoted tail
6,a"b"c
7,"",""
8,   "leading spaces"
'''
reader = csv.reader(io.StringIO(data))
for row in reader:
    print(reader.line_num, row)
print(list(csv.reader(['"unterminated, field'])))
print(list(csv.reader(['"a""', 'b"'])))
print(list(csv.reader(['"x"\r\n', '"y"'])))
print(list(csv.reader(["'single','quotes'"], quotechar="'")))
print(list(csv.reader(['"no","quoting"'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['"a"b"c",d'], doublequote=False)))
