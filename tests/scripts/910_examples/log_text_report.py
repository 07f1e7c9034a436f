# log_analyser.py: the text report over a directory tree of logs (rglob), with the default and a smaller --top.
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "helpers"))
from example_runner import WORK, write, example  # noqa: E402

_, run = example("log_analyser.py")

write("logs/web/access.log", """\
2024-03-05 09:58:59,001 INFO [web.server] Listening on port 8080
2024-03-05 10:00:01,120 INFO [web.handler] GET /api/items 200
2024-03-05 10:00:02,340 WARNING [web.handler] Slow request /api/items took 2300 ms
2024-03-05 10:15:00,000 ERROR [db.pool] Connection refused: host=db1 port=5432
2024-03-05 10:15:05,000 ERROR [db.pool] Connection refused: host=db2 port=5432
2024-03-05 10:15:09,500 INFO [db.pool] Reconnected after 3 attempts
2024-03-05 10:40:00 DEBUG [web.handler] cache hit ratio 0.93
""")
write("logs/worker/jobs.log", """\
2024-03-05T10:20:00.5 INFO [worker] job 7 started
2024-03-05T10:21:00 ERROR [worker] job 7 failed: Timeout after 30 s
2024-03-05T11:02:00 CRITICAL [scheduler] queue 3 is full (500 jobs)
2024-03-05T11:03:00 INFO [worker] job 8 started
2024-03-05T11:04:00 ERROR [db.pool] Connection refused: host=db1 port=5432
""")
write("logs/worker/jobs.log.1", "2024-03-04 23:00:00 ERROR [old] rotated file: not a *.log file\n")
write("logs/README.txt", "not a log\n")
write("extra.log", "2024-03-05 12:00:00 INFO [cli] one more file given directly\n")

run("logs")
run("--top", "2", "logs", "extra.log")
shutil.rmtree(WORK)
