# str.split/rsplit/partition/rpartition/splitlines with maxsplit and edge cases
s = "  a b  c   d  "
print(s.split())
print(s.split(None, 1))
print(s.rsplit(None, 1))
print(s.split(" "))
print(s.split(" ", 2))
print(s.rsplit(" ", 2))
print("a,b,,c".split(","))
print("a,b,,c".split(",", maxsplit=1))
print("a,b,,c".rsplit(",", maxsplit=1))
print("".split(), "".split(","))
print("abc".split("abc"))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1))
print("key=value=x".partition("="))
print("key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("l1\nl2\r\nl3\rl4".splitlines())
print("l1\nl2\r\n".splitlines(keepends=True))
print("a\x0bb\x1cc\u2028d".splitlines())
print("x".split(maxsplit=0), " x y ".split(maxsplit=0))
for bad in [("",), (1,)]:
    try:
        "abc".split(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__ + ":", e)
# realistic: parse a config
cfg = """
# comment
name = weft
 path=/usr/lib:/opt/lib
empty =
"""
out = {}
for line in cfg.splitlines():
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    k, _, v = line.partition("=")
    out[k.strip()] = v.strip().split(":") if ":" in v else v.strip()
print(out)
