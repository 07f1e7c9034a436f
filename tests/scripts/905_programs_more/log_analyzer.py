# Parsing web-server log lines with named regex groups and summarising them with Counter, defaultdict and statistics.
import re
import statistics
from collections import Counter, defaultdict
from typing import NamedTuple, Iterator

LOG = """\
10.0.0.1 - - [12/Mar/2024:10:00:01] "GET /index.html HTTP/1.1" 200 5120 0.012
10.0.0.2 - - [12/Mar/2024:10:00:02] "GET /api/users?page=2 HTTP/1.1" 200 830 0.104
10.0.0.1 - - [12/Mar/2024:10:00:05] "POST /api/login HTTP/1.1" 401 120 0.051
10.0.0.3 - - [12/Mar/2024:10:01:15] "GET /static/app.js HTTP/1.1" 304 0 0.002
garbage line that does not parse
10.0.0.2 - - [12/Mar/2024:10:01:17] "GET /api/users?page=3 HTTP/1.1" 500 64 1.250
10.0.0.4 - - [12/Mar/2024:10:02:00] "DELETE /api/users/7 HTTP/1.1" 204 0 0.090
10.0.0.1 - - [12/Mar/2024:10:02:30] "GET /index.html HTTP/1.1" 200 5120 0.010
10.0.0.3 - - [12/Mar/2024:10:03:45] "POST /api/login HTTP/1.1" 200 310 0.060
"""

LINE_RE = re.compile(
    r'(?P<ip>\d+(?:\.\d+){3}) - - \[(?P<day>[^:]+):(?P<time>[\d:]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+) (?P<secs>[\d.]+)'
)


class Hit(NamedTuple):
    ip: str
    minute: str
    method: str
    path: str
    status: int
    size: int
    secs: float

    @property
    def endpoint(self) -> str:
        return self.path.split("?", 1)[0]


def parse(text: str) -> Iterator[Hit]:
    for lineno, line in enumerate(text.splitlines(), 1):
        m = LINE_RE.fullmatch(line)
        if m is None:
            print(f"line {lineno}: unparsable: {line[:20]!r}...")
            continue
        g = m.groupdict()
        yield Hit(g["ip"], g["time"][:5], g["method"], g["path"], int(g["status"]), int(g["size"]), float(g["secs"]))


hits = list(parse(LOG))
print(f"{len(hits)} hits, {sum(h.size for h in hits):,} bytes")
status_classes = Counter(f"{h.status // 100}xx" for h in hits)
print("status:", dict(sorted(status_classes.items())))
per_ip = defaultdict(list)
for h in hits:
    per_ip[h.ip].append(h)
for ip, hs in sorted(per_ip.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    methods = "".join(sorted({h.method[0] for h in hs}))
    print(f"  {ip:<10} {len(hs)} req  methods={methods}  avg={statistics.mean(h.secs for h in hs):.3f}s")
times = [h.secs for h in hits]
print(f"latency median={statistics.median(times):.3f} max={max(times)} stdev={statistics.pstdev(times):.4f}")
slow = [f"{h.method} {h.endpoint}" for h in hits if h.secs > 0.1]
print("slow:", slow)
by_minute = Counter(h.minute for h in hits)
print("busiest minute:", by_minute.most_common(1)[0], "| per minute:", sorted(by_minute.items()))
pages = re.findall(r"page=(\d+)", LOG)
print("pages requested:", list(map(int, pages)), re.sub(r"\d+", "N", hits[5].path))
errors = {h.endpoint: h.status for h in hits if h.status >= 400}
print("errors:", errors)
print(hits[0]._replace(ip="x")._asdict()["ip"], Hit._fields[:3])
