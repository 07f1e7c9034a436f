# re.Match API: group/groups/groupdict defaults, span/start/end of unmatched groups, regs, expand, indexing, repr
import re
m = re.match(r"(?P<a>\d+)(?:\.(?P<b>\d+))?(x)?", "12.5 rest")
print(m.group(), m.group(0, 1, "b"), m.groups(), m.groups(0), m.groupdict(), m.groupdict("?"))
print(m.span(), m.span(3), m.start(3), m.end("b"), m.regs, m[0], m["a"], m[2])
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re)
print(repr(m), bool(m), m.expand(r"\2/\1 [\g<a>] \g<0>"), m.expand(r"<\3>"))
m2 = re.compile(r"b+").search("aabbbcc", 1, 6)
print(m2, m2.pos, m2.endpos, m2.span(), m2.string)
print(re.match(r"(a)|(b)", "b").lastindex, re.match(r"(a)|(b)", "b").groups(), re.match("x", "x").lastindex)
print(re.match(r"(?P<x>a)(?P<y>b)?", "a").lastgroup, re.match(r"(a)(?P<y>b)", "ab").lastgroup)
for bad in (4, "zz", -1, 1.0):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)
try:
    m.span(9)
except IndexError as e:
    print("IndexError:", e)
try:
    m.expand(r"\g<zz>")
except (IndexError, re.error) as e:
    print(type(e).__name__ + ":", e)
print(repr(re.match(r".*", "a'b\"c")), repr(re.search(r"\n", "a\nb")), re.match(b"ab", b"abc"))
print(m.__class__.__name__, type(m).__module__, re.Match, re.Pattern)
try:
    m[5]
except IndexError as e:
    print("IndexError:", e)
print(m.start(), m.end(), m.start(0), re.match("", "abc").span(), re.search("$", "abc").span())
