# pathlib: building paths from strings, several arguments, other paths and os.PathLike objects
from pathlib import Path, PurePosixPath, PosixPath


class Config:
    """Something that knows where it lives on disk (an os.PathLike)."""
    def __init__(self, where):
        self.where = where

    def __fspath__(self):
        return self.where


class Name(str):
    pass


samples = ["a//b/./c", "//srv/data", "///etc//passwd", "/", "", ".", "./", "a/..", "../x/", "a/b/", "./a/./b/.",
           "x/../../y", "~", "spaces in/name .txt"]
for s in samples:
    print(f"{s!r:20} -> {str(PurePosixPath(s))!r:18} {PurePosixPath(s)!r}")

print(Path("usr", "local", "bin"))
print(Path("usr", "/opt", "bin"))
print(Path("a", "", "b", ".", "c"))
print(Path(Path("a/b"), PurePosixPath("c"), "d"))
print(Path(Config("conf/app.ini")))
print(Path("etc", Config("/srv/site"), "index.html"))
p = PurePosixPath(Name("n/m"))
print(p, type(p.parts[0]).__name__, type(str(p)).__name__)
print(repr(Path()), repr(PurePosixPath()), repr(PosixPath("..")))
print(Path("a/b") == Path("a", "b") == Path("a//b/"))
