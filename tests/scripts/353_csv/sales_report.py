# a small report: parse a sales CSV, aggregate per region, write a summary CSV
import csv
import io
from collections import defaultdict

raw = """region,product,units,unit_price
North,Widget,10,2.50
South,Widget,4,2.50
North,"Gadget, large",2,19.99
East,Gizmo,7,5.00
South,"Gadget, large",1,19.99
North,Gizmo,3,5.00
"""
totals = defaultdict(lambda: [0, 0.0])
products = defaultdict(set)
for rec in csv.DictReader(io.StringIO(raw)):
    units = int(rec["units"])
    totals[rec["region"]][0] += units
    totals[rec["region"]][1] += units * float(rec["unit_price"])
    products[rec["region"]].add(rec["product"])

out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["region", "units", "revenue", "products"])
for region in sorted(totals):
    units, revenue = totals[region]
    writer.writerow([region, units, f"{revenue:.2f}", "; ".join(sorted(products[region]))])
print(out.getvalue(), end="")
best = max(totals, key=lambda r: totals[r][1])
print("best region:", best)
