# writing a CSV file opened with newline='' and reading it back
import csv
import os

name = "file_roundtrip_tmp.csv"
rows = [["id", "title", "notes"], [1, "First", "plain"], [2, "Second, with comma", 'has "quotes"'],
        [3, "Third", "two\nlines"], [4, "", None]]
with open(name, "w", newline="") as f:
    w = csv.writer(f)
    for row in rows:
        print(w.writerow(row), end=" ")
print()
with open(name, "rb") as f:
    print(f.read())
with open(name, newline="") as f:
    reader = csv.reader(f)
    for row in reader:
        print(reader.line_num, row)
with open(name, newline="") as f:
    print(sum(1 for _ in csv.reader(f)))
os.remove(name)
print(os.path.exists(name))
