# shlex.quote and shlex.join: safe strings pass through, others get single-quoted; round trips with split
import shlex

samples = ["", "simple", "with space", "it's", "$HOME", "a\"b", "semi;colon", "glob*", "tab\there", "new\nline",
           "user@host:/path/to-file.txt", "percent%and+plus=eq,comma", "café", "-n", "'", "''", "back\\slash"]
for s in samples:
    print(f"{s!r:30} {shlex.quote(s)}")
argv = ["cp", "My Documents/report (final).pdf", "/backup/it's here/", "--", "-weird"]
cmd = shlex.join(argv)
print(cmd)
print(shlex.split(cmd) == argv)
print(shlex.join([]), repr(shlex.join([""])))
print(shlex.quote(b"") )
for bad in (None, 42, ["x"]):
    try:
        print(shlex.quote(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    shlex.quote(b"abc def")
except TypeError as e:
    print(type(e).__name__, e)
