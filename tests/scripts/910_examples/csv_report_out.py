# csv_report.py: --out writes the totals with csv.writer (quoting, Decimal values); --region filter; reading the file back.
import os
import shutil
import subprocess
import sys
import tempfile

PROGRAM = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'scripts', 'csv_report.py')
WORK = tempfile.mkdtemp()
ENV = dict(os.environ, COLUMNS="80")  # argparse wraps its help to the terminal width


def write(relpath, text):
    path = os.path.join(WORK, relpath)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return path


def run(*args):
    """Runs the program in WORK and prints its exit status, stdout and stderr."""
    proc = subprocess.run([sys.executable, PROGRAM, *args], capture_output=True, text=True, cwd=WORK, env=ENV)
    print("$ csv_report.py", *(arg.replace(WORK, "<work>") for arg in args))
    print("exit status:", proc.returncode)
    for label, text in (("stdout", proc.stdout), ("stderr", proc.stderr)):
        if text:
            print(f"--- {label} ---")
            print(text.replace(WORK, "<work>"), end="" if text.endswith("\n") else "\n")
    print()
    return proc


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
