# re: named groups, finditer, sub with function and backrefs, split with groups, flags, fullmatch
import re

m = re.match(r"(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)", "2024-03-15 rest")
print(m.group("year"), m["mon"], m.groupdict(), m.span("day"), m.lastgroup, m.end())
text = "a1 b22 c333 d"
print([(mo.group(), mo.start()) for mo in re.finditer(r"[a-z](\d+)", text)])
print(re.sub(r"\d+", lambda mo: str(int(mo.group()) * 2), text))
print(re.sub(r"(\w)(\d)", r"\2\1", text), re.sub(r"(?P<l>[a-z])", r"<\g<l>>", "ab", count=1))
print(re.subn(r"\s+", "_", "a  b \t c"))
print(re.split(r"(,|;)\s*", "a, b;c,d"), re.split(r"\s+", " x y ", maxsplit=1))
print(re.findall(r"(\w)=(\d)", "a=1 b=2 c=x"), re.findall(r"\bthe\b", "The the THE", re.I))
pat = re.compile(r"""
    ^(?P<key>\w+)   # key
    \s*:\s*
    (?P<val>.*)$    # value
""", re.VERBOSE | re.MULTILINE)
cfg = "name: weft\nlang : C++\nbad line\n"
print({mo["key"]: mo["val"] for mo in pat.finditer(cfg)})
print(re.findall(r"^\w", "ab\ncd", re.M), re.search(r"a.c", "a\nc", re.S) is not None, re.search(r"a.c", "a\nc"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.escape("a.b*c"), re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("-"))
print(re.sub(r"(?i)hello", "bye", "HeLLo world"), re.compile(r"x", re.I).flags & re.I != 0)
print(re.search(r"(?<=\$)\d+(?=\.)", "cost $42.50").group(), re.findall(r"a(?!b)", "ab ac ad"))
print(re.match(r"(\d+)(?:px)?", "12px").group(0, 1), pat.groupindex["val"], pat.groups)
