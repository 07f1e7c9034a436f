# re odds and ends: purge/cache, copy of Match/Pattern, verbose-mode whitespace in classes, octal/hex escapes, keyword args
import re, copy
m = re.match(r"(a)(b)?", "ab")
print(copy.copy(m) is m, copy.deepcopy(m) is m, re.purge(), re.compile("x") == re.compile("x"))
print(re.sub("(?P<x>a)", lambda m: m.expand(r"\g<x>!"), "aa"), re.fullmatch(r"a|ab|abc", "abc"), re.search(r"(?<=\b)x", "a x"))
print(re.findall(r"(?x) [ ] a", " a"), re.findall(r"(?x)a\ b", "a b"), re.findall(r"(?x)a#c\nb", "ab"))
for p in [r"(?au)x", r"(?L)x", r"(?ui)x(?a)"]:
    try:
        re.compile(p); print(p, "ok")
    except re.error as e:
        print(p, "error:", e)
print(re.compile(r"\d").match("x١"), re.compile(r"\d").search("x١"), re.split(r"(?:)", "ab"), re.sub("", "-", ""), re.subn("a", "b", ""))
print(re.sub(r"(x)", r"\g<1>\g<01>", "x"), re.match(r"\x41\101\u0041\U00000041\0", "AAAA\x00"), re.findall(r"\a\f\v", "\a\f\v"))
print(re.compile("a").search("bab", pos=1, endpos=2), re.compile("(a)").sub(r"[\1]", "aba", count=1), re.compile("a").findall(string="aa"))
print(re.search(pattern="b", string="abc"), re.sub(pattern="a", repl="b", string="aa", count=1), re.split(pattern=",", string="a,b", maxsplit=1))
print(re.fullmatch(r"(?s:a.)(?-s:b.)?", "a\n"), re.search(r"\s+$", "abc  \n").span(), re.sub(r"\s+$", "", "abc  \n"))
print(re.Match.__name__, re.Pattern.__qualname__, re.error.__name__, callable(re.compile), re.compile("a").match("a").re.pattern)
