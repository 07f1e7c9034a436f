# pathlib: with_suffix, adding, replacing and removing suffixes, and its ValueErrors
from pathlib import Path, PurePosixPath, PureWindowsPath

p = Path("build/app.tar.gz")
print(p.with_suffix(".bz2"), p.with_suffix(""), p.with_suffix("").with_suffix(""), p.with_suffix(".x.y"))
print(Path("README").with_suffix(".md"), Path(".bashrc").with_suffix(".bak"), Path("a.").with_suffix(".b"))
for suffix in [".txt", "", "txt", ".", "./x", ".a/b", "..", ". ", ".tar.gz", " .x"]:
    try:
        print(repr(suffix), "->", repr(PurePosixPath("doc.md").with_suffix(suffix)))
    except ValueError as e:
        print(repr(suffix), "-> ValueError:", e)
for path in ["", "/", ".", "..", "a/.."]:
    try:
        print(repr(path), "->", repr(Path(path).with_suffix(".c")))
    except ValueError as e:
        print(repr(path), "-> ValueError:", e)
for bad in [None, 3]:
    try:
        Path("a.b").with_suffix(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    PureWindowsPath("c:/a.txt").with_suffix(".x/y")
except ValueError as e:
    print("ValueError:", e)
# convert a batch of source names to object names
print([str(Path(f).with_suffix(".o")) for f in ["main.c", "lib/util.c", "gen/parser.tab.c"]])
