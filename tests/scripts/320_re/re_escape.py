# re.escape: which characters get escaped, bytes input, and that escaped strings match literally
import re
print(re.escape("a.b*c?"), re.escape("www.python.org"), re.escape("\t\n "), re.escape("-_!#%&'\"/<>=,:;~`@"))
print(re.escape("()[]{}|^$\\+"), re.escape("héllo wörld"), re.escape(""), re.escape("abc123_"))
print(re.escape(b"a.b\x00c"), re.escape(b"[x]"))
samples = ["1+1=2", "C:\\path\\file.txt", "(a|b)*", "$5.00^2", "a{2,3}", "#comment", "tab\there", "\x00\x7f"]
for s in samples:
    assert re.fullmatch(re.escape(s), s), s
    assert re.fullmatch(re.escape(s), s, re.X), s
print("all literal")
words = ["c++", "c#", "f*"]
pat = re.compile("|".join(map(re.escape, words)))
print(pat.findall("I know c++, c# and f* but not c"))
try:
    re.escape(5)
except TypeError as e:
    print("TypeError:", type(e).__name__)
