# log_analyser.py: malformed lines are counted and reported as logging warnings on stderr; missing paths.
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


write("mixed.log", """\
2024-05-01 10:00:00 INFO [api] ok
this is not a log line
2024-05-01 10:00:01 INFO api missing brackets

2024-05-01 10:00:02 NOTICE [api] unknown level
2024-13-01 10:00:03 INFO [api] month 13
2024-05-01 10:00:04 ERROR [api] failed with code 500
Traceback (most recent call last):
  File "app.py", line 3, in <module>
2024-05-01 10:00:05 INFO [api]
""")
write("empty.log", "")
write("garbage.log", "\\x00\\x01 binary junk\n" "--- separator ---\n")

run("mixed.log", "empty.log")
run("garbage.log")
run("mixed.log", "no-such-dir", "missing.log")
run("no-such-dir")
run(".")
shutil.rmtree(WORK)
