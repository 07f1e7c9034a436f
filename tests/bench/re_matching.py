# re_matching: regular expressions on generated log-like text: re.compile with flags, match/fullmatch/search,
# findall with groups, finditer with named groups and start()/end(), sub with a template and with a function,
# split, and alternation, character classes, quantifiers, anchors and backreferences.
import re

LOG = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>\d\d:\d\d:\d\d) \[(?P<level>[A-Z]+)\] (?P<msg>.*)$")
KV = re.compile(r"(\w+)=(\"[^\"]*\"|[^\s,]+)")
IP = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
WORD_REPEAT = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)
NUM = re.compile(r"[-+]?\d+(?:\.\d+)?")


def make_lines(n):
    levels = ["INFO", "WARN", "ERROR", "DEBUG"]
    users = ["alice", "bob", "carol", "dave", "eve"]
    lines = []
    x = 99
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        lvl = levels[(x >> 16) % 4]
        user = users[(x >> 4) % 5]
        ip = "10.%d.%d.%d" % ((x >> 8) % 256, (x >> 12) % 256, i % 256)
        extra = " the the" if x % 11 == 0 else ""
        msg = 'user=%s ip=%s took=%d.%02dms path="/api/v%d/items/%d"%s' % (
            user, ip, x % 900, x % 100, x % 3 + 1, i, extra)
        lines.append("2024-%02d-%02d %02d:%02d:%02d [%s] %s" % (
            i % 12 + 1, i % 28 + 1, i % 24, i % 60, (i * 7) % 60, lvl, msg))
    return lines


def main():
    lines = make_lines(32000)
    levels = {}
    kv_total = 0
    ips = set()
    took = 0.0
    repeats = 0
    for line in lines:
        m = LOG.match(line)
        if not m:
            continue
        levels[m.group("level")] = levels.get(m.group("level"), 0) + 1
        pairs = dict(KV.findall(m.group("msg")))
        kv_total += len(pairs)
        took += float(pairs["took"][:-2])
        ips.update(IP.findall(line))
        if WORD_REPEAT.search(line):
            repeats += 1
    print("parse:", sorted(levels.items()), kv_total, len(ips), "%.2f" % took, repeats)

    text = "\n".join(lines[:10000])
    spans = 0
    for m in re.finditer(r"\[(?P<lvl>ERROR|WARN)\].*?path=\"(?P<path>[^\"]+)\"", text):
        spans += m.end() - m.start() + len(m.group("path"))
    numbers = NUM.findall(text)
    print("scan:", spans, len(numbers), sum(float(n) for n in numbers[:5000]) // 1)

    masked = IP.sub("x.x.x.x", text)
    swapped = re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", text)
    counted = re.sub(r"user=(\w+)", lambda m: "u=" + m.group(1).upper()[:3], text)
    deduped = WORD_REPEAT.sub(r"\1", text)
    print("sub:", len(masked), swapped[:24], counted.count("u=ALI"), len(text) - len(deduped))

    parts = re.split(r"[\s,=\[\]]+", lines[7])
    print("split:", parts)
    full = sum(1 for ln in lines if re.fullmatch(r"[\d\- :]+\[INFO\] .*\"/api/v2/.*", ln))
    ml = re.findall(r"^\d{4}-01-\d\d .*ERROR.*$", text, re.MULTILINE)
    ci = len(re.findall(r"ALICE|Bob", text, flags=re.I))
    print("misc:", full, len(ml), ci)


main()
