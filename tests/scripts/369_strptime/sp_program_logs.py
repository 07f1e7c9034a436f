# a small program: parse the timestamps of log lines in several layouts, sort the events and report the gaps
from datetime import datetime, timedelta, timezone
import time

LOG = """\
[2024-03-09 23:59:58.250] start job=alpha
Mar 10 00:00:03 worker[12]: picked alpha
2024-03-10T00:00:05+01:00 remote ack alpha
[2024-03-10 00:01:00.000] done job=alpha
10/Mar/2024:00:02:30 +0000 "GET /status" 200
Sun, 10 Mar 2024 00:03:00 GMT mail sent
garbage line without a time
"""

LAYOUTS = [
    ("[%Y-%m-%d %H:%M:%S.%f]", 25),
    ("%b %d %H:%M:%S", 15),
    ("%Y-%m-%dT%H:%M:%S%z", 25),
    ("%d/%b/%Y:%H:%M:%S %z", 26),
    ("%a, %d %b %Y %H:%M:%S %Z", 29),
]


def parse(line):
    for fmt, width in LAYOUTS:
        try:
            stamp = datetime.strptime(line[:width], fmt)
        except ValueError:
            continue
        if stamp.year == 1900:
            stamp = stamp.replace(year=2024)
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=timezone.utc)
        return stamp, line[width:].strip()
    return None, line


events = []
for line in LOG.splitlines():
    stamp, rest = parse(line)
    if stamp is None:
        print("skipped:", repr(rest))
        continue
    events.append((stamp.astimezone(timezone.utc), rest))
events.sort()
prev = None
for stamp, text in events:
    gap = "" if prev is None else " (+%s)" % (stamp - prev)
    print(stamp.isoformat(), text + gap)
    prev = stamp
total = events[-1][0] - events[0][0]
print("span:", total, total // timedelta(seconds=1), "seconds")
st = time.strptime("10 Mar 2024 00:03:00", "%d %b %Y %H:%M:%S")
print(time.strftime("%Y-%m-%d %H:%M:%S", st), st.tm_wday, st.tm_yday)
