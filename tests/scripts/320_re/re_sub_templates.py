# re.sub/subn: \g<name>, \g<0>, \g<1>, numeric backrefs, escapes in templates, count, and template errors
import re
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"\d+", r"<\g<0>>", "a1b22c333"))
print(re.sub(r"(a)(b)", r"\2\1", "abab ab"), re.sub(r"(x)", r"\g<1>0", "x"))
print(re.sub(r"(\w)", r"[\1]", "hi", count=1), re.subn(r"o", "0", "foo boo"), re.subn(r"o", "0", "foo", 1))
print(repr(re.sub(r"-", r"\n", "a-b")), repr(re.sub(r"-", r"\t\\", "a-b")), repr(re.sub("-", "\\\\", "a-b")))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.subn(r"", "-", "abc"), re.sub(r"x*", "-", "abxd"))
for tpl in [r"\g<2>", r"\g<nope>", r"\g<1", r"\g<>", r"\3", r"\q", "\\", r"\g<-1>"]:
    try:
        print(repr(re.sub(r"(a)", tpl, "a")))
    except (re.error, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(re.sub(b"(a)", rb"\1\1", b"xax"), re.sub(r"(?i)A", "z", "aAa"), re.sub("a", "b", "aaa", 0, re.I))
p = re.compile(r"(\d+)")
print(p.sub(r"#\1", "1 22 333", 2), p.subn(lambda m: str(int(m[1]) * 2), "1 22 333"))
print(re.sub(r"(?P<n>\d)", r"\g<n>\g<n>", "a1b2"), re.sub(r"(\d)(?P<x>x)?", r"[\2]", "1x2"))
