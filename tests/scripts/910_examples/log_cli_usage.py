# log_analyser.py: argparse --help and usage errors (exit status 2).
import os
import shutil
import subprocess
import sys
import tempfile

PROGRAM = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'scripts', 'log_analyser.py')
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
    print("$ log_analyser.py", *(arg.replace(WORK, "<work>") for arg in args))
    print("exit status:", proc.returncode)
    for label, text in (("stdout", proc.stdout), ("stderr", proc.stderr)):
        if text:
            print(f"--- {label} ---")
            print(text.replace(WORK, "<work>"), end="" if text.endswith("\n") else "\n")
    print()
    return proc


write("a.log", "2024-05-01 10:00:00 INFO [api] ok\n")

run("--help")
run()
run("--level", "verbose", "a.log")
run("--top", "0", "a.log")
run("--top", "many", "a.log")
run("--since", "yesterday", "a.log")
run("--colour", "a.log")
run("--json", "--level", "info", "a.log")
shutil.rmtree(WORK)
