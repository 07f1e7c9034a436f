# pathlib: name, stem, suffix and suffixes for a variety of file names
from pathlib import PurePosixPath

names = ["archive.tar.gz", "photo.JPG", ".bashrc", ".config.yaml", "Makefile", "notes.", "a..b", "dir/sub/",
         "/", "", "..", "my.file.v2.txt", "x/.y.z", "trailing.dot.", "...", "a.b/c"]
print(f"{'path':18}{'name':16}{'stem':14}{'suffix':8}suffixes")
for n in names:
    p = PurePosixPath(n)
    print(f"{n!r:18}{p.name!r:16}{p.stem!r:14}{p.suffix!r:8}{p.suffixes}")

# group files by extension, as a small build tool would
files = ["src/main.c", "src/util.c", "include/util.h", "README", "build/out.o", "lib.tar.gz"]
by_suffix = {}
for f in files:
    by_suffix.setdefault(PurePosixPath(f).suffix or "(none)", []).append(PurePosixPath(f).stem)
for suffix in sorted(by_suffix):
    print(suffix, by_suffix[suffix])
