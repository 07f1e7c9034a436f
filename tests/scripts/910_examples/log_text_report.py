# log_analyser.py: the text report over a directory tree of logs (rglob), with the default and a smaller --top.
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
