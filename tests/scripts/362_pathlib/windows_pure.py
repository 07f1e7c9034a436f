# pathlib: PureWindowsPath basics -- drives, UNC shares, backslashes, parts and anchors
from pathlib import PureWindowsPath

for s in ["C:/Users/Ann/Desktop", "c:relative\\file.txt", "\\\\server\\share\\dir\\f.txt", "//server/share",
          "\\\\?\\C:\\long\\path", "\\\\?\\UNC\\srv\\shr\\x", "/rooted/no/drive", "plain\\rel", "D:", "D:\\",
          "\\\\server", "a/b\\c//d"]:
    p = PureWindowsPath(s)
    print(f"{s!r:28} str={str(p)!r:28} parts={p.parts}")
    print(f"{'':28} drive={p.drive!r} root={p.root!r} anchor={p.anchor!r} name={p.name!r} abs={p.is_absolute()}")
p = PureWindowsPath("C:/Program Files/App/bin/app.exe")
print(repr(p), p.as_posix(), p.suffix, p.stem, p.parent, list(p.parents)[-1])
print(p.with_suffix(".dll"), p.relative_to("C:/Program Files"), repr(p.parents[1]))
print(repr(PureWindowsPath()), repr(PureWindowsPath("")), PureWindowsPath("a", "b", "c"))
