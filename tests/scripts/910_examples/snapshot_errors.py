# snapshot.py: --help of the program and its subcommands, usage errors (exit 2), unreadable and invalid snapshots (exit 2).
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "helpers"))
from example_runner import WORK, write, example  # noqa: E402

_, run = example("snapshot.py")

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
