# fnmatch with bytes names and patterns (non-ASCII bytes included)
import fnmatch

names = [b"caf\xe9.txt", b"notes.txt", b"image.PNG", b"\xff\xfe.bin", b"data"]
for pat in [b"*.txt", b"caf?.*", b"[\xe0-\xef]*", b"*.[Pp][Nn][Gg]", b"[!a-z]*", b"*"]:
    print(pat, fnmatch.filter(names, pat))
print(fnmatch.fnmatch(b"abc", b"a*"), fnmatch.fnmatchcase(b"ABC", b"a*"))
print(fnmatch.translate("caf\xe9*"))
for name, pat in [("abc", b"a*"), (b"abc", "a*")]:
    try:
        fnmatch.fnmatch(name, pat)
    except TypeError as e:
        print(type(e).__name__, e)
