# re flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII as arguments, inline (?i) and scoped (?x:...) / (?-i:...)
import re
print(re.findall(r"^\w+", "one\ntwo\nthree"), re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print(re.findall(r"\w+$", "one\ntwo\n"), re.findall(r"\w+$", "one\ntwo\n", re.MULTILINE))
print(re.match(r".+", "a\nb").group(), repr(re.match(r".+", "a\nb", re.S).group()), repr(re.match(r"(?s).+", "a\nb")[0]))
print(re.match(r"straße", "STRASSE", re.I), re.match(r"ÄÖ", "äö", re.I).group())
print(re.match(r"\w+", "héllo").group(), re.match(r"\w+", "héllo", re.A).group(), re.match(r"(?a)\w+", "héllo")[0])
pat = re.compile(r"""
    (?P<year>\d{4})   # year
    -                 # sep
    (?P<mon>\d\d)     # month
    \ \#              # escaped space and hash
""", re.X)
print(pat.match("2024-05 #").groupdict(), pat.flags & re.X != 0)
print(re.match(r"(?i:ab)c", "ABc"), re.match(r"(?i:ab)c", "ABC"), re.match(r"(?-i:a)b", "aB", re.I), re.match(r"(?-i:a)b", "AB", re.I))
print(re.match(r"(?x: a b ) c", "ab c"), re.match(r"(?x: a b )c", "abc"), re.match(r"(?im)^X", "a\nx"), re.search(r"(?im)^X", "a\nx"))
print(re.compile("a", re.I | re.M | re.S | re.X).flags, re.compile("a").flags, re.compile(b"a").flags, re.compile("(?x)a").flags)
print(re.I | re.S, ~re.I & re.I, re.RegexFlag(2), re.U, re.compile("a", re.U).flags)
print(re.search(r"[a-z]+", "ABC def", re.I).span(), re.fullmatch(r"(?i)[^a]", "A"), re.match(r"k", "\u212a", re.I))
try:
    re.compile(r"a(?i)b")
except re.error as e:
    print("error:", e)
try:
    re.compile("a", re.A | re.L)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(b"a", re.U)
except ValueError as e:
    print("ValueError:", e)
