# pathlib: the text forms of a path -- str, repr, os.fspath, as_posix and formatting
import os
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

paths = [Path("docs/guide.md"), PurePosixPath("/var/log"), PurePath(""), Path("//net/share"),
         PureWindowsPath("C:/Users/Ann/file.txt"), PureWindowsPath("rel\\dir")]
for p in paths:
    print(str(p), "|", repr(p), "|", os.fspath(p), "|", p.as_posix())

p = Path("reports/2023/summary.csv")
print(f"file: {p}")
print(f"repr: {p!r}")
print("%s and %r" % (p, p))
print("{:>30}|".format(str(p)))
print(os.path.join(p, "x"), os.path.basename(p), os.path.splitext(p))
print(os.fspath(p) is str(p), type(os.fspath(p)).__name__)
print(str(p.parent), [str(x) for x in p.parents])
print(repr([Path("a"), PurePosixPath("b")]))
print(p.__fspath__())
