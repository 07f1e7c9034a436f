# DictWriter to a file and DictReader back, appending rows in a second session
import csv
import os

name = "file_dict_tmp.csv"
fields = ["sku", "name", "price", "tags"]
with open(name, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=fields)
    w.writeheader()
    w.writerow({"sku": "A-1", "name": "Café crème", "price": 3.5, "tags": "hot;drink"})
    w.writerow({"sku": "B-2", "name": 'Bagel "plain"', "price": 2})
with open(name, "a", newline="", encoding="utf-8") as f:
    csv.DictWriter(f, fieldnames=fields, restval="?").writerows([{"sku": "C-3", "name": "Tea"}])
with open(name, newline="", encoding="utf-8") as f:
    reader = csv.DictReader(f)
    print(reader.fieldnames)
    total = 0.0
    for rec in reader:
        print(reader.line_num, rec)
        if rec["price"] not in ("", "?"):
            total += float(rec["price"])
print("total", total)
with open(name, encoding="utf-8") as f:
    print(f.read(), end="")
os.remove(name)
