# re.Pattern API: attributes, pos/endpos on match/search/fullmatch, repr with flags, equality and hashing, cache
import re
p = re.compile(r"(?P<word>[a-z]+)(\d*)", re.I)
print(p.pattern, p.flags, p.groups, p.groupindex, repr(p), str(p))
print(p.match("--abc12", 2), p.match("--abc12", 2, 4), p.search("--abc12", 3), p.fullmatch("abc12", 0, 3))
print(p.match("abc", -5), p.match("abc", 10), p.search("abc", 1, 0), p.fullmatch("ab1", 0, 100))
print(re.compile(r"^a").search("ba", 1), re.compile(r"\Aa").match("ba", 1), re.compile(r"a$").search("ab", 0, 1))
print(p == re.compile(r"(?P<word>[a-z]+)(\d*)", re.I), p == re.compile(r"(?P<word>[a-z]+)(\d*)"), hash(p) == hash(re.compile(p.pattern, re.I)))
print(re.compile(p) is p, re.compile(p).pattern)
try:
    re.compile(p, re.M)
except ValueError as e:
    print("ValueError:", e)
print(repr(re.compile(r"a'b")), repr(re.compile("a\nb")), repr(re.compile(b"\x00\xff")), repr(re.compile("x", re.S | re.X)))
print(repr(re.compile("x" * 250))[:30], len(repr(re.compile("x" * 250))))
try:
    p.groupindex["new"] = 1
except TypeError as e:
    print("TypeError:", e)
print(re.compile("(a)(b)(?:c)(?P<d>d)").groups, re.compile("").groups)
print(p.scanner("ab1 cd2").search().group(), p.scanner("ab1 cd2").match())
try:
    re.compile(5)
except TypeError as e:
    print("TypeError:", e)
import copy
print(copy.copy(p) is p, copy.deepcopy(p) is p)
