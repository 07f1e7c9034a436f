# re.findall made natively: empty matches, groups that do not take part, bytes and bytearray, non-ASCII positions, pos/endpos clamping; Match.group by int, bool, name and bad keys
import re
print(re.findall(r"", "abc"), re.findall(r"a*", "baaac"), re.findall(r"(a)(b)?", "ab a"), re.findall(rb"\d+", b"a1b22"))
print(re.findall(r"(\w)(\d)?", "é1ü"), re.compile(r"\w+").findall("héllo wörld", 2, 9), re.findall(r"x*", ""))
print(re.findall(r"\b", "a b"), re.findall(r"(?:a|)", "aa"), re.findall(r"é|", "éxé"))
print(re.findall(rb"(a)|b", bytearray(b"ab")), re.compile("a").findall("aaa", -5, 100), re.compile("a").findall("aaa", 2, 1))
m = re.match(r"(?P<x>a)(b)?", "ab")
print(m.group("x"), m.group(2), m[0], m.start("x"), m.end(1), m.span(2))
for bad in ["y", 3, -1, 1.5]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
print(m.group(True), m.group(False))
