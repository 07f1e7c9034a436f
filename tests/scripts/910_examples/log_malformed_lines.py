# log_analyser.py: malformed lines are counted and reported as logging warnings on stderr; missing paths.
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "helpers"))
from example_runner import WORK, write, example  # noqa: E402

_, run = example("log_analyser.py")

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
