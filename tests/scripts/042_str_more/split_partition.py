# str.split/rsplit with maxsplit, partition/rpartition and splitlines(keepends) on log-like text
log = "2024-01-05 INFO  user=alice action=login\n2024-01-05 WARN  user=bob action=retry  \r\n\n2024-01-06 ERROR user=carol action=crash"
lines = log.splitlines()
print(len(lines), lines[1:3])
print(log.splitlines(keepends=True)[1])
for line in lines:
    if not line.strip():
        print("(blank)")
        continue
    date, level, rest = line.split(maxsplit=2)
    fields = dict(kv.partition("=")[::2] for kv in rest.split())
    print(date, level.ljust(5), sorted(fields.items()))
path = "/usr/local/lib/python3.11/site.py"
print(path.rsplit("/", 1), path.rpartition("/"), path.partition("::"))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("  spaced   out  ".split(), "  spaced   out  ".split(" "), "".split(), "".split(","))
print("one\ttwo\x0bthree\x1cfour".split(), "x\u2028y\x85z".splitlines())
print("key = value = more".partition(" = "), "no-sep".rpartition("="))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
