# pathlib: ordering compares parts; paths of different flavours (or non-paths) cannot be ordered
from pathlib import Path, PurePosixPath, PureWindowsPath

paths = [Path(p) for p in ["b", "a/z", "a", "/x", "a/b", "A", "//y", "a.txt", "a-b", "a/b/c"]]
print(sorted(paths))
print(sorted(paths, reverse=True)[:3])
print(Path("a") < Path("b"), Path("a/b") < Path("a/b/c"), Path("a/b") <= Path("a/b"), Path("z") > Path("a/b"))
print(min(paths), max(paths))
print(PurePosixPath("a") < Path("b"))
print(sorted([PureWindowsPath("b"), PureWindowsPath("A"), PureWindowsPath("c:/x")]))
for label, action in [("posix < windows", lambda: PurePosixPath("a") < PureWindowsPath("b")),
                      ("path < str", lambda: Path("a") < "b"),
                      ("str >= path", lambda: "a" >= Path("b")),
                      ("path > int", lambda: Path("a") > 1),
                      ("windows <= posix path", lambda: PureWindowsPath("a") <= Path("b")),
                      ("sorted mixed", lambda: sorted([Path("a"), "b"]))]:
    try:
        print(label, action())
    except TypeError as e:
        print(label, "->", e)
