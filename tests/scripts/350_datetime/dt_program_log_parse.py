# a small program: parse ISO and strptime timestamps from log lines, bucket them by hour and measure durations
from datetime import datetime, timedelta, timezone
log = """2024-03-05T09:15:02.120+01:00 start job=a
2024-03-05T09:47:30+01:00 end job=a
05/Mar/2024:08:50:00 +0000 start job=b
05/Mar/2024:10:05:59 +0000 end job=b
2024-03-05 10:00:00Z start job=c
2024-03-05T11:30:00.5Z end job=c"""
events = []
for line in log.splitlines():
    stamp, kind, job = line.rsplit(" ", 2)
    if "/" in stamp:
        when = datetime.strptime(stamp, "%d/%b/%Y:%H:%M:%S %z")
    else:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    events.append((when.astimezone(timezone.utc), kind, job.split("=")[1]))
starts = {job: when for when, kind, job in events if kind == "start"}
for when, kind, job in sorted(events):
    extra = "" if kind == "start" else " after %s" % (when - starts[job])
    print(when.isoformat(), kind, job + extra)
buckets = {}
for when, kind, job in events:
    hour = when.replace(minute=0, second=0, microsecond=0)
    buckets[hour] = buckets.get(hour, 0) + 1
print([(h.strftime("%H:%M"), n) for h, n in sorted(buckets.items())])
print(max(w for w, _, _ in events) - min(w for w, _, _ in events), (events[1][0] - events[0][0]) // timedelta(minutes=1))
