# re group numbering: nested, non-capturing, named mixed with numbered, groupindex, alternations leaving groups unset
import re
p = re.compile(r"(?P<all>(?P<a>x)(?:y)(z)?(?P<b>(w)|(v)))")
print(p.groups, p.groupindex, sorted(p.groupindex.items(), key=lambda kv: kv[1]))
m = p.match("xyv")
print(m.groups(), m.groupdict(), m.lastindex, m.lastgroup, [m.span(i) for i in range(p.groups + 1)])
print(m.group("all", "a", "b"), m.group(6), m.groups(default="-"), m.groupdict(default=0))
m = re.match(r"(a)|(b)|(c)", "c")
print(m.groups(), m.lastindex, m.regs)
m = re.match(r"(?P<x>a)(?P<y>b)?(?P<z>c)?", "ac")
print(m.groupdict(), m.groupdict(None), m.groupdict("?"), m.lastgroup, m.group("y") is None)
print(re.match(r"(?:(?:(a)))", "a").groups(), re.match(r"((((((((((a))))))))))", "a").groups()[-1], re.compile("(?P<Ünï>x)").groupindex)
print(re.sub(r"(?P<d>\d)", r"\g<d>\g<d>", "a1"), re.match(r"(?P<_private9>z)", "z").groupdict())
print(re.match(r"(?:a(b)?)+", "aba").groups(), re.match(r"(?:a(b)?)+", "aab").groups(), re.match(r"(a)(?:(b)|c)+", "abc").groups())
