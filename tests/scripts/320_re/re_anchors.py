# re anchors and boundaries: ^ $ \A \Z \b \B with MULTILINE, trailing newline behaviour and pos/endpos
import re
s = "line1\nline2\n"
print(re.findall(r"\d$", s), re.findall(r"\d$", s, re.M), re.search(r"2\Z", s), re.search(r"2\n\Z", s).span())
print(re.search(r"$", s).span(), [m.span() for m in re.finditer(r"$", s, re.M)], re.findall(r"^", "", re.M))
print(re.fullmatch(r"abc$", "abc\n"), re.match(r"abc$", "abc\n"), re.search(r"\Aline2", s, re.M), re.search(r"^line2", s, re.M).span())
print(re.findall(r"\b", "ab cd"), [m.start() for m in re.finditer(r"\b", "ab, cd!")], re.findall(r"\B", "abc"))
print(re.sub(r"\b", "|", "hi there"), re.sub(r"\B", ".", "abc"), re.findall(r"\bx\b", "x-x_x x1 x"))
p = re.compile(r"^\w")
print(p.search("ab", 1), re.compile(r"(?m)^\w").search("a\nb", 1), re.compile(r"\w$").search("abc", 0, 2), re.compile(r"\b\w").findall("abc", 1))
print(re.split(r"$", "a\nb", flags=re.M), re.sub(r"(?m)$", ";", "a\nb\n"), re.findall(r"\Z", "ab"))
