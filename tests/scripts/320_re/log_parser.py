# A realistic program: parse web-server log lines with a verbose pattern, aggregate, and redact addresses
import re
from collections import Counter

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - alice [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 128
192.168.1.10 - - [10/Oct/2023:13:57:12 +0000] "GET /images/logo.png HTTP/1.1" 304 0
172.16.0.2 - bob [10/Oct/2023:13:58:40 +0000] "GET /api/items?id=42 HTTP/1.1" 200 512
bad line here
10.0.0.5 - alice [10/Oct/2023:13:59:59 +0000] "DELETE /api/items/42 HTTP/1.1" 204 0
"""

LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s - \s (?P<user>\S+) \s
    \[(?P<when>[^\]]+)\] \s
    "(?P<method>[A-Z]+) \s (?P<path>\S+) \s HTTP/[\d.]+" \s
    (?P<status>\d{3}) \s (?P<size>\d+)
""", re.VERBOSE)

methods = Counter()
statuses = Counter()
bytes_by_ip = Counter()
for number, line in enumerate(LOG.splitlines(), 1):
    m = LINE.fullmatch(line)
    if not m:
        print(f"line {number}: unparsed: {line!r}")
        continue
    methods[m["method"]] += 1
    statuses[m["status"][0] + "xx"] += 1
    bytes_by_ip[m["ip"]] += int(m["size"])
    path = re.sub(r"\d+", "<n>", m["path"])
    print(f"{m['when'][12:20]} {m['user']:>5} {m['method']:<6} {path}")
print(sorted(methods.items()), sorted(statuses.items()), bytes_by_ip.most_common(2))
print(re.sub(r"\b(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\b", r"\1.\2.x.x", LOG.splitlines()[1]))
print(re.findall(r'"([A-Z]+) (/api/\S*)', LOG))
