# re: Match and Pattern objects in depth — groups with defaults, spans of unmatched groups, expand, pos/endpos, flags
import re
p = re.compile(r"(?P<key>\w+)(?:=(?P<value>\w*))?")
m = p.match("flag")
print(m.group("key", "value"), m.groups(), m.groups(""), m.groupdict("?"), m.span("value"), m.start(2), m.end(2))
m = p.match("k=v extra")
print(m.expand(r"[\g<value>:\g<key>] \1"), m.lastindex, m.lastgroup, m.re is p, m.string, m.pos, m.endpos)
print(p.search("  a=b", 1).span(), p.match("  a=b", 2).group(), p.fullmatch("a=b", 0, 3), p.fullmatch("a=bc", 0, 3))
print(p.groups, sorted(p.groupindex.items()), p.pattern, p.flags == re.UNICODE, repr(p))
print(re.compile("x", re.I | re.X | re.S).flags & re.I != 0, re.compile(b"x").flags, re.compile("(?i)x").flags)
print(bool(re.match("a", "a")), re.match("(a)|(b)", "b").groups(), re.match("(a)|(b)", "b").span(1))
print(re.match(r"(\d+)\.(\d+)", "3.14")[0], re.match(r"(\d+)\.(\d+)", "3.14")[2], re.compile(r"\d+").findall("a1b22", 2, 4))
it = re.compile(r"\w").scanner("ab c")
print(it.match().group(), it.match().group(), it.match(), it.search())
it2 = re.compile(r"\w").scanner("ab c")
print(it2.search().group(), it2.search().group(), it2.search().group(), it2.search())
try:
    m["nope"]
except IndexError as e:
    print("IndexError:", e)
print(re.purge(), re.compile("same") is re.compile("same"), re.template is not None or True)
