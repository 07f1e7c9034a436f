# realistic: a syslog-style parser with named groups, verbose patterns, severity filters and redaction via sub callbacks
import re
from collections import Counter, defaultdict
LOG = """\
2024-03-01T10:00:01Z host-a sshd[1201]: Accepted password for alice from 10.0.0.5 port 51022 ssh2
2024-03-01T10:00:07Z host-b kernel: [ 12.3456] eth0: link up (1000 Mbps)
2024-03-01T10:01:12Z host-a sshd[1207]: Failed password for invalid user bob from 192.168.1.77 port 40110 ssh2
2024-03-01T10:01:15Z host-a sshd[1207]: Failed password for root from 192.168.1.77 port 40112 ssh2
garbage line without structure
2024-03-01T10:02:00Z host-c cron[88]: (carol) CMD (/usr/bin/backup --full)
2024-03-01T10:03:30Z host-a sshd[1210]: Accepted publickey for alice from 10.0.0.5 port 51100 ssh2
"""
LINE = re.compile(r"""
    ^(?P<ts>\d{4}-\d\d-\d\dT(?P<time>[\d:]+)Z)\s+
    (?P<host>[\w-]+)\s+
    (?P<prog>\w+)(?:\[(?P<pid>\d+)\])?:\s+
    (?P<msg>.*)$
""", re.X | re.M)
AUTH = re.compile(r"(?P<result>Accepted|Failed) (?P<method>\w+) for (?:invalid user )?(?P<user>\w+) from (?P<ip>[\d.]+)")
IP = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\b")
entries = [m.groupdict() for m in LINE.finditer(LOG)]
print(len(entries), "entries;", sum(1 for l in LOG.splitlines() if not LINE.match(l)), "unparsed")
by_host = Counter(e["host"] for e in entries)
print(sorted(by_host.items()))
failures = defaultdict(list)
for e in entries:
    m = AUTH.search(e["msg"])
    if m:
        print(f"{e['time']} {m['result']:<8} {m['method']:<9} user={m['user']:<6} pid={e['pid'] or '-'}")
        if m["result"] == "Failed":
            failures[m["ip"]].append(m["user"])
print(dict(failures))
redacted = IP.sub(lambda m: f"{m[1]}.{m[2]}.x.x", LOG)
print(redacted.splitlines()[2])
print(re.sub(r"\[\s*([\d.]+)\]", lambda m: f"[t={float(m[1]):.1f}]", entries[1]["msg"]))
cmds = re.findall(r"CMD \((\S+)(?: ([^)]*))?\)", LOG)
print(cmds, LINE.groups, sorted(LINE.groupindex))
