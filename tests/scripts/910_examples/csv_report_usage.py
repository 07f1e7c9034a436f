# csv_report.py: argparse --help, usage errors (exit 2) and unreadable files (exit 1).
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "helpers"))
from example_runner import WORK, write, example  # noqa: E402

_, run = example("csv_report.py")

write("s.csv", "date,region,product,units,unit_price\n2024-01-15,North,Widget,12,3.50\n")

run("--help")
run()
run("--top", "0", "s.csv")
run("--top", "three", "s.csv")
run("s.csv", "--out")
run("--verbose", "s.csv")
run("s.csv", "missing.csv")
os.mkdir(os.path.join(WORK, "adir"))
run("adir")
run("--top=1", "--strict", "s.csv")
shutil.rmtree(WORK)
