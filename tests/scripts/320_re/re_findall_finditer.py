# re.findall/finditer: no groups vs one vs many, optional groups, empty matches, pos/endpos on compiled patterns
import re
s = "x=1, y=22, z=, w=4444"
print(re.findall(r"\w=\d*", s), re.findall(r"(\w)=\d*", s), re.findall(r"(\w)=(\d*)", s))
print(re.findall(r"(\w)=(\d+)?", s), re.findall(r"(?:\w)=(\d+)", s), re.findall(r"((\w)=(\d+))", s))
print(re.findall(r"\d*", "a12b"), re.findall(r"", "ab"), re.findall(r"a|", "bab"))
p = re.compile(r"\d+")
print(p.findall("1 22 333 4444", 2), p.findall("1 22 333 4444", 2, 8), p.findall("123", 5), p.findall("123", 1, 100))
for m in re.finditer(r"(?P<w>[a-z]+)(\d)?", "ab1 cd ef2"):
    print(m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)
it = p.finditer("10 20 30", 3)
print(type(it).__name__ != "", [m.group() for m in it], [m.span() for m in p.finditer("10 20 30", 0, 4)])
print([m.group() for m in re.finditer(r"\b\w", "hello big world")], re.findall(r"(?i)[A-Z]", "aBc"))
print(re.findall(rb"[0-9]+", b"a1b23"), re.findall(r"(a)(b)?", "aab"), re.findall(r"\d(?=px)", "1px 2em 3px"))
print(re.findall(r"(?s)<(.*?)>", "<a\nb><c>"), re.findall(r"<(.*)>", "<a><b>"), re.findall(r"<(.*?)>", "<a><b>"))
print(len(re.findall(r".", "x" * 1000)), re.findall(r"[^\W\d_]+", "ab_12cd ef3"))
