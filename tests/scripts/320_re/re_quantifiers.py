# re quantifiers: {m}, {m,}, {,n}, {m,n} and lazy forms, literal braces, empty-loop patterns and large counts
import re
s = "aaaaa"
for q in ["a{2}", "a{2,}", "a{,2}", "a{2,3}", "a{2,3}?", "a{,}", "a{0}", "a{0,0}b?", "a{3,}?", "(?:aa){1,2}", "a{02}"]:
    print(q, re.match(q, s)[0], re.findall(q, s))
print(re.match(r"x{2 }", "x{2 }"), re.match(r"x{a,b}", "x{a,b}"), re.match(r"x{1,2", "x{1,2"))
print(re.match(r"(a*)*", "aaa").groups(), re.match(r"(a*)+", "aaa").groups(), re.match(r"(a|)*b", "aab").groups(), re.match(r"(?:a*?)*?b", "b"))
print(re.match(r"(ab)*?c", "ababc").groups(), re.match(r"(.)*", "xyz").group(1), re.findall(r"a{1,1000}", "a" * 2500)[-1].__len__())
print(re.fullmatch(r"\d{3}-\d{2,4}", "123-45"), re.fullmatch(r"\d{3}-\d{2,4}", "123-45678"), re.match(r"(?:x?){5}y", "xxy"))
print(re.match(r".{3}", "ab"), re.match(r"[ab]{2,}?c", "ababc")[0])
for bad in [r"{1}", r"a{2,1}", r"a{5,3}?", "a{4294967296}", r"a**", r"a{1}{2}"]:
    try:
        re.compile(bad); print(bad, "ok")
    except (re.error, OverflowError) as e:
        print(bad, type(e).__name__ + ":", e)
