# snapshot.py diff OLD.json NEW.json: comparing two saved snapshots, --quiet, an empty tree, and the exit status in shell-style checks.
import os
import shutil
import subprocess
import sys
import tempfile

PROGRAM = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'scripts', 'snapshot.py')
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
    print("$ snapshot.py", *(arg.replace(WORK, "<work>") for arg in args))
    print("exit status:", proc.returncode)
    for label, text in (("stdout", proc.stdout), ("stderr", proc.stderr)):
        if text:
            print(f"--- {label} ---")
            print(text.replace(WORK, "<work>"), end="" if text.endswith("\n") else "\n")
    print()
    return proc


os.makedirs(os.path.join(WORK, "data"))
run("take", "data", "-o", "empty.json")

for i in range(5):
    write(f"data/part-{i}.csv", "id,value\n" + "".join(f"{n},{n * i}\n" for n in range(i * 10)))
    os.chmod(os.path.join(WORK, f"data/part-{i}.csv"), 0o644)
run("take", "data", "-o", "v1.json")
run("take", "data", "-o", "v1-again.json")
run("diff", "v1.json", "v1-again.json")
run("diff", "empty.json", "v1.json")
run("diff", "v1.json", "empty.json")

write("data/part-2.csv", "id,value\n")
os.chmod(os.path.join(WORK, "data/part-2.csv"), 0o644)
os.chmod(os.path.join(WORK, "data/part-4.csv"), 0o444)
run("take", "data", "-o", "v2.json")
run("diff", "v1.json", "v2.json")

for old, new in (("v1.json", "v1-again.json"), ("v1.json", "v2.json"), ("v1.json", "nothing.json")):
    status = subprocess.run([sys.executable, PROGRAM, "diff", "--quiet", old, new], capture_output=True, cwd=WORK).returncode
    verdict = {0: "same", 1: "different", 2: "trouble"}[status]
    print(f"{old} vs {new}: {verdict}")
shutil.rmtree(WORK)
