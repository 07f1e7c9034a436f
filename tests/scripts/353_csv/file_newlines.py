# why newline='' matters: embedded newlines and line terminators with and without it
import csv
import os

name = "file_newlines_tmp.csv"
with open(name, "w", newline="") as f:
    csv.writer(f).writerows([["a", "line1\r\nline2"], ["b", "cr\ronly"]])
with open(name, "rb") as f:
    print(f.read())
with open(name, newline="") as f:
    print(list(csv.reader(f)))
with open(name) as f:
    print(list(csv.reader(f)))
with open(name, "w") as f:
    csv.writer(f, lineterminator="\n").writerow(["x", "y"])
with open(name, "rb") as f:
    print(f.read())
with open(name, "w", newline="") as f:
    f.write("plain,field\rbroken,row\n")
with open(name, newline="") as f:
    reader = csv.reader(f)
    try:
        for row in reader:
            print(row)
    except csv.Error as e:
        print(type(e).__name__, e, reader.line_num)
with open(name, "rb") as f:
    try:
        list(csv.reader(f))
    except csv.Error as e:
        print(type(e).__name__, e)
os.remove(name)
