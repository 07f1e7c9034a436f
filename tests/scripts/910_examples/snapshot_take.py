# snapshot.py take: sizes, modes and sha256 of regular files, sorted walk, symlinks skipped, -o and stdout.
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "helpers"))
from example_runner import WORK, write, example  # noqa: E402

PROGRAM, run = example("snapshot.py")

import json

write("tree/b.txt", "bravo\n")
write("tree/a.txt", "alpha\n")
write("tree/empty", "")
write("tree/sub/deeper/data.bin", "x" * 200000)  # more than one read chunk
write("tree/Zeta/upper.txt", "sorts before lowercase\n")
os.symlink("a.txt", os.path.join(WORK, "tree", "link-to-a"))
os.symlink("sub", os.path.join(WORK, "tree", "link-to-sub"))
os.symlink("nowhere", os.path.join(WORK, "tree", "dangling"))
os.chmod(os.path.join(WORK, "tree", "a.txt"), 0o600)
os.chmod(os.path.join(WORK, "tree", "b.txt"), 0o755)
for name in ("empty", "sub/deeper/data.bin", "Zeta/upper.txt"):
    os.chmod(os.path.join(WORK, "tree", name), 0o644)

run("take", "tree", "-o", "snap.json")
with open(os.path.join(WORK, "snap.json"), encoding="utf-8") as f:
    snap = json.load(f)
print("top-level keys:", list(snap))
print("version:", snap["version"], "root:", snap["root"].replace(WORK, "<work>"))
for path, entry in snap["files"].items():
    print(f"{path:<22} {entry['size']:>7} {entry['mode']} {entry['sha256'][:16]}")

proc = subprocess.run([sys.executable, PROGRAM, "take", "tree/sub"], capture_output=True, text=True, cwd=WORK)
print("take to stdout: exit", proc.returncode, "stderr", repr(proc.stderr))
snap = json.loads(proc.stdout)
print(json.dumps(snap["files"], indent=1))

run("take", "tree/a.txt")
run("take", "no-such-dir", "-o", "x.json")
print("x.json created:", os.path.exists(os.path.join(WORK, "x.json")))
shutil.rmtree(WORK)
