# re: match/search/fullmatch, groups and named groups, spans, lastindex/lastgroup, flags and the reprs
import re

m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", "mail: bob@example.com!")
print(m, m.group(0), m.group("user"), m.group(1, 2), m.groups(), m.groupdict())
print(m.span(), m.span("host"), m.start(2), m.end(), m.lastindex, m.lastgroup, m.pos, m.endpos, m.re.pattern)
print(m["host"], m.regs, m.string)
print(re.match(r"a", "ba"), re.match(r"b", "ba"), re.fullmatch(r"a|ab", "ab"), re.fullmatch(r"a", "ab"))
print(re.search(r"(a)(b)?", "ac").groups(), re.search(r"(a)(b)?", "ac").groups("-"), re.search(r"(a)(b)?", "ac").groupdict())
print(re.compile(r"a+", re.I | re.M), re.I | re.M, repr(re.compile("x")), re.compile(r"\d", re.A), re.compile(b"x", re.I))
print(re.I, re.IGNORECASE == 2, int(re.M | re.S), re.NOFLAG, re.X)
p = re.compile(r"(\d+)-(\d+)")
print(p.groups, p.pattern, p.flags, dict(p.groupindex), re.compile(r"(?P<a>x)(?P<b>y)").groupindex)
print(p.match("a12-34", 1), p.match("a12-34", 1, 4), p.search("12-34 56-78", 3), p.fullmatch("12-34"))
m = re.match(r"((a)b)c", "abc")
print(m.lastindex, m.span(1), m.span(2))
m = re.match(r"(?P<outer>(?P<inner>x)y)", "xy")
print(m.lastindex, m.lastgroup)
try:
    m.group(5)
except IndexError as e:
    print("IndexError:", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError:", e)
print(re.match(r"(?i)hello", "HeLLo"), re.search(r"^b", "a\nb", re.M).start(), re.search(r"a.b", "a\nb", re.S))
print(re.search(r"\bcat\b", "concat cat").span(), re.search(r"\Bcat", "concat").span(), re.search(r"end\Z", "the end"))
print(re.match(r"(?x) a \s b  # comment", "a b"), re.match(r"(?s:.)x", "\nx"), re.match(r"a(?#note)b", "ab"))
print(re.match(r"(a)(?(1)b|c)", "ab"), re.match(r"(a)?(?(1)b|c)", "c"), re.match(r"(?P<q>')?x(?(q)')", "'x'"))
print(re.match(r"(?=ab)a", "ab"), re.match(r"(?!ab)a", "ab"), re.search(r"(?<=a)b", "ab"), re.search(r"(?<!a)b", "ab"))
print(re.match(r"(?>a+)b", "aaab"), re.match(r"a++b", "aaab"), re.match(r"a{2,}?", "aaaa"), re.match(r"a{,2}", "aaaa"))
print(re.match(r"(\w)\1", "aa"), re.match(r"(?P<c>\w)(?P=c)", "bb"), re.match(r"x{", "x{"), re.match(r"x{a}", "x{a}"))
print(re.findall(r"(?m)^", "a\nb\n"), re.findall(r"(?m)$", "a\nb\n"), re.sub(r"(?m)^", "> ", "one\ntwo\n"))
