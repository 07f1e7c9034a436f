# csv_report.py: argparse --help, usage errors (exit 2) and unreadable files (exit 1).
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
