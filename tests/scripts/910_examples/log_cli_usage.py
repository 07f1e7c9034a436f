# log_analyser.py: argparse --help and usage errors (exit status 2).
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "helpers"))
from example_runner import WORK, write, example  # noqa: E402

_, run = example("log_analyser.py")

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
