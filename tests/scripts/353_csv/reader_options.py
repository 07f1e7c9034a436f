# csv.reader with dialect parameters: delimiter, skipinitialspace, escapechar, quotechar
import csv

lines = ['a; b;  "c; d" ;e', 'x;;  ; "y"', '  lead;trail  ']
print(list(csv.reader(lines, delimiter=";")))
print(list(csv.reader(lines, delimiter=";", skipinitialspace=True)))
print(list(csv.reader(["a  b   c", " d e"], delimiter=" ", skipinitialspace=True)))
print(list(csv.reader(["a  b   c", " d e"], delimiter=" ")))
esc = ['one\\,two,three', 'path\\\\to,x', '"q\\"uote",y', 'end\\']
print(list(csv.reader(esc, escapechar="\\")))
print(list(csv.reader(['a\\', 'b,c'], escapechar="\\")))
print(list(csv.reader(['a\\\n', 'b,c\n'], escapechar="\\")))
print(list(csv.reader(["|a,b|,c,|d||e|"], quotechar="|")))
print(list(csv.reader(["a\tb\t'c\td'"], delimiter="\t", quotechar="'")))
print(list(csv.reader(['a:b:c'], delimiter=":", quoting=csv.QUOTE_NONE, escapechar="\\")))
print(list(csv.reader(['a,b', 'c,d'], 'excel-tab')), list(csv.reader(['a\tb'], dialect='excel-tab')))
