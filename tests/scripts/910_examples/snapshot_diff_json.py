# snapshot.py diff OLD.json NEW.json: comparing two saved snapshots, --quiet, an empty tree, and the exit status in shell-style checks.
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "helpers"))
from example_runner import WORK, write, example  # noqa: E402

PROGRAM, run = example("snapshot.py")

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
