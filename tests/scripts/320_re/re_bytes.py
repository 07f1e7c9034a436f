# re on bytes: patterns and subjects, classes are ASCII-only, mixing str and bytes errors, bytearray/memoryview subjects
import re
print(re.findall(rb"\w+", b"caf\xe9 abc_1"), re.findall(rb"\s", b"a \t\x85b"), re.match(rb"(?i)ABC", b"abc"))
print(re.sub(rb"(\d)", rb"<\1>", b"a1b2"), re.split(rb",", b"a,b"), re.search(rb"\xff+", b"\x00\xff\xff").span())
print(re.match(rb"a", bytearray(b"abc")).span(), re.match(rb".", memoryview(b"xyz")).span())
for pat, subj in [(r"a", b"a"), (rb"a", "a")]:
    try:
        re.match(pat, subj)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.sub(rb"a", "x", b"a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(rb"\w", re.A).pattern
    print(re.compile(rb"\w").flags, re.compile(r"\w").flags)
except Exception as e:
    print(type(e).__name__, e)
m = re.match(rb"(?P<k>\w+)=(?P<v>\w*)", b"key=val")
print(m.groupdict(), m.expand(rb"\g<v>:\g<k>"), m[0], repr(m))
print(re.escape(b"a+b"), re.fullmatch(rb"[\x80-\xff]+", bytes(range(128, 131))))
