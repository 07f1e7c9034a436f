# csv_report.py: --out writes the totals with csv.writer (quoting, Decimal values); --region filter; reading the file back.
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "helpers"))
from example_runner import WORK, write, example  # noqa: E402

_, run = example("csv_report.py")

import csv

write("sales.csv", '''\
date,region,product,units,unit_price
2023-12-31,Nord-Ouest,"Gizmo, large",2,249.99
2024-01-02,Nord-Ouest,"Quote ""deluxe""",1,10
2024-01-02,Sud,Widget,10,0.99
2024-01-03,nord-ouest,Widget,5,0.99
2024-01-04,Sud,Gadget,3,15.50
''')

run("sales.csv", "--out", "report.csv")
with open(os.path.join(WORK, "report.csv"), newline="", encoding="utf-8") as f:
    text = f.read()
print(repr(text[:60]))
with open(os.path.join(WORK, "report.csv"), newline="", encoding="utf-8") as f:
    for row in csv.reader(f):
        print(row)

run("sales.csv", "--region", "NORD-OUEST", "--top", "1", "--out", os.path.join(WORK, "nord.csv"))
with open(os.path.join(WORK, "nord.csv"), newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
print([(r["section"], r["key"], r["revenue"]) for r in rows])
run("sales.csv", "--region", "Est")
run("sales.csv", "--out", "no-such-dir/report.csv")
shutil.rmtree(WORK)
