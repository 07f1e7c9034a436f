# snapshot.py: --help of the program and its subcommands, usage errors (exit 2), unreadable and invalid snapshots (exit 2).
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


write("dir/file.txt", "content\n")
write("broken.json", '{"version": 1, "files": {')
write("list.json", "[1, 2, 3]\n")
write("future.json", '{"version": 2, "files": {}}\n')
write("nofiles.json", '{"version": 1}\n')

run("--help")
run("take", "--help")
run("diff", "-h")
run()
run("restore", "dir")
run("take")
run("diff", "broken.json")
run("take", "dir", "extra")
run("take", "dir", "-o")
run("diff", "broken.json", "dir")
run("diff", "list.json", "dir")
run("diff", "future.json", "dir")
run("diff", "nofiles.json", "dir")
run("diff", "missing.json", "dir")
run("take", "dir", "-o", "snap.json")
run("diff", "snap.json", "missing-dir")
run("diff", "snap.json", "dir/file.txt")
shutil.rmtree(WORK)
