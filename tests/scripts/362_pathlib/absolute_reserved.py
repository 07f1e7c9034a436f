# pathlib: is_absolute and is_reserved for both flavours
from pathlib import PurePosixPath, PureWindowsPath, Path

for s in ["/", "/a/b", "//a", "a", "", ".", "~/x", "../up"]:
    print(f"posix   {s!r:10} absolute={PurePosixPath(s).is_absolute()!s:5} reserved={PurePosixPath(s).is_reserved()}")
for s in ["c:/", "c:", "c:x", "/x", "\\\\srv\\share\\", "\\\\?\\c:\\x", "x\\y", "NUL", "c:/a/aux.txt", "c:/a/aux x"]:
    p = PureWindowsPath(s)
    print(f"windows {s!r:18} absolute={p.is_absolute()!s:5} reserved={p.is_reserved()}")
print(Path("nul").is_reserved(), Path("/dev/null").is_absolute())
