# pathlib: with_name and with_stem, including the names 3.11 refuses
from pathlib import PurePosixPath, Path, PureWindowsPath

p = PurePosixPath("/photos/2023/IMG_0042.jpeg")
print(p.with_name("cover.png"), p.with_stem("IMG_0042_small"), p.with_stem(""))
print(Path("archive.tar.gz").with_stem("backup"), Path("noext").with_stem("renamed"))
for name in ["ok.txt", "", "a/b", "trailing/", "/abs", ".", "..", "./x", ".hidden"]:
    try:
        print(repr(name), "->", repr(Path("dir/file.txt").with_name(name)))
    except ValueError as e:
        print(repr(name), "-> ValueError:", e)
for path in ["/", "", ".", "//"]:
    for method, arg in [("with_name", "x"), ("with_stem", "x")]:
        try:
            getattr(PurePosixPath(path), method)(arg)
        except ValueError as e:
            print(f"{path!r}.{method}: ValueError: {e}")
print(PureWindowsPath("c:/dir/file.txt").with_name("other.md"))
try:
    PureWindowsPath("c:/dir/file.txt").with_name("sub\\x")
except ValueError as e:
    print("ValueError:", e)
try:
    Path("x").with_name(None)
except ValueError as e:
    print("ValueError:", e)
