# pathlib: equality and hashing (normalised parts; PurePosixPath and PosixPath compare equal)
from pathlib import Path, PurePosixPath, PureWindowsPath, PurePath

print(Path("a/b") == Path("a//b/."), Path("a/b") == Path("a/b/.."), Path("a") == "a")
print(PurePosixPath("x/y") == Path("x/y"), hash(PurePosixPath("x/y")) == hash(Path("x/y")))
print(PurePosixPath("a") == PureWindowsPath("a"), PurePosixPath("a") != PureWindowsPath("a"))
print(Path("A") == Path("a"), PureWindowsPath("A") == PureWindowsPath("a"))
print(Path("/a") == Path("//a"), Path("/a") == Path("///a"))

seen = {}
for raw in ["src/a.py", "src//a.py", "./src/a.py", "src/b.py", "src/./b.py", "SRC/a.py"]:
    seen.setdefault(Path(raw), []).append(raw)
for key in sorted(seen):
    print(key, seen[key])
s = {PurePath("x"), Path("x"), PurePosixPath("x/")}
print(len(s))
print(Path("a") in [PurePosixPath("a")], PureWindowsPath("C:/A") in {PureWindowsPath("c:/a")})
print(hash(Path("q")) == hash(Path("q")), Path("a").__eq__("a"))
