# log_analyser.py: --json output, with --since and --level filters (case-insensitive level names).
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "helpers"))
from example_runner import WORK, write, example  # noqa: E402

_, run = example("log_analyser.py")

import json

write("app.log", """\
2024-01-31 23:59:59 INFO [billing] invoice 1001 created
2024-02-01 00:00:00 INFO [billing] invoice 1002 created
2024-02-01 00:30:00 WARNING [billing] invoice 1002 amount is zero
2024-02-01 01:00:00 ERROR [mailer] could not send invoice 1002 to user 17
2024-02-01 01:05:00 ERROR [mailer] could not send invoice 1003 to user 18
2024-02-02 08:00:00 CRITICAL [billing] ledger out of balance by 12 cents
2024-02-02 08:10:00 DEBUG [mailer] retry queue length 2
""")

proc = run("--json", "app.log")
report = json.loads(proc.stdout)
print("keys:", list(report))
print("levels:", report["levels"])

proc = run("--json", "--since", "2024-02-01", "--level", "warning", "app.log")
report = json.loads(proc.stdout)
print("entries:", report["entries"], "filtered out:", report["filtered_out"])
print("errors:", [(e["message"], e["count"]) for e in report["top_errors"]])

run("--json", "--since", "2024-02-02T08:05", "--top", "1", "app.log")
run("--since", "2030-01-01", "app.log")
shutil.rmtree(WORK)
