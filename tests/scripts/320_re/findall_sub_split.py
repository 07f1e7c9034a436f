# re: findall/finditer/sub/subn/split, with groups, callables, templates, counts and the empty-match rule
import re

print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1 b=2"), re.findall(r"(a)|b", "ab"))
print(re.findall(r"", "abc"), re.findall(r"x*", "axxb"), re.findall(r"\b", "hi yo"))
print([m.span() for m in re.finditer(r"\w+", "one two  three")], [m.group() for m in re.finditer(r"a*", "baab")])
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "bob@example joe@site"), re.sub(r"x*", "-", "abxd"), re.sub("", "-", "abc"))
print(re.sub(r"(\d+)", r"<\g<1>>", "a1b23"), re.sub(r"(?P<n>\d)", r"[\g<n>]", "a1b2"), re.sub(r"a", r"\n", "bab"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.subn(r"a", "b", "aaa", 2), re.subn(r"a", "b", "xyz"))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub(r"\s+", " ", "  lots   of\n space "), re.sub(r"a", "b", "aaa", count=1))
print(re.split(r"[,;]\s*", "a, b;c,d"), re.split(r"(,)", "a,b"), re.split(r"x*", "axbc"), re.split(r"\W+", "Words, words."))
print(re.split(r"(\W+)", "Words, words."), re.split(r"\W+", "Words, words, words.", 1), re.split(r"(a)|(b)", "1a2b3"))
print(re.split(r"\b", "a b"), re.split("", "ab"), re.split(r"^$", "", flags=re.M))
m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m.expand(r"\g<last>, \g<first>"), m.expand(r"\2 \1"))
print(re.findall(rb"\d", b"a1b2"), re.sub(rb"a", b"b", b"aaa"), re.split(rb",", b"x,y"))
print(re.escape("a.b*c?[x]"), re.escape("hello world_1"), re.escape(b"a.b"))
print(re.findall(r"\w+", "héllo wörld ñ"), re.search("é+", "caféé").span(), re.sub("ö", "o", "wörld"), re.findall(r"\w+", "héllo", re.A))
pat = re.compile(r"\d")
print(pat.findall("a1b2", 2), pat.sub("#", "a1b2"), pat.split("a1b2c"), list(pat.finditer("12", 1)))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("error:", e)
try:
    re.sub(r"a", r"\g<x>", "a")
except IndexError as e:
    print("IndexError:", e)
try:
    re.sub("a", b"b", "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.search("a", b"abc")
except TypeError as e:
    print("TypeError:", e)
