# converting a tab-separated file into a semicolon-separated one with a registered dialect
import csv
import os

src, dst = "convert_src_tmp.tsv", "convert_dst_tmp.csv"
with open(src, "w", newline="") as f:
    f.write("city\tcountry\tpopulation\nParis\tFrance\t2102650\nSão Paulo\tBrazil\t12325232\n"
            "\"Washington, D.C.\"\tUSA\t689545\n")
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
with open(src, newline="") as fin, open(dst, "w", newline="") as fout:
    reader = csv.reader(fin, dialect="excel-tab")
    writer = csv.writer(fout, "semi")
    header = next(reader)
    writer.writerow(header)
    for row in reader:
        writer.writerow(row[:2] + [int(row[2])])
with open(dst, newline="") as f:
    print(f.read(), end="")
with open(dst, newline="") as f:
    reader = csv.reader(f, "semi")
    print(next(reader))
    for row in reader:
        print(row)
for name in (src, dst):
    os.remove(name)
print(os.path.exists(src), os.path.exists(dst))
