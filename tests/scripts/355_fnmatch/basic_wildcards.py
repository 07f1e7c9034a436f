# fnmatch: '*', '?' and literal characters against a handful of file names
from fnmatch import fnmatch, fnmatchcase

names = ["report.txt", "report.TXT", "notes.md", ".hidden", "a", "", "data_2023.csv",
         "archive.tar.gz", "x.txt.bak", "README"]
patterns = ["*", "*.txt", "*.*", "?", "????", "report.*", ".*", "*_????.csv", "*.tar.*", "*txt*", "", "README"]
for pat in patterns:
    hits = [n for n in names if fnmatch(n, pat)]
    print(f"{pat!r:14} -> {hits}")
print(fnmatchcase("Makefile", "[Mm]akefile"), fnmatchcase("makefile", "M*"))
print(fnmatch("a\nb", "a?b"), fnmatch("line1\nline2", "line1*"), fnmatch("abc\n", "abc"))
