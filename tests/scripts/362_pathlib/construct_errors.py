# pathlib: what the constructors refuse, with CPython 3.11's messages
import pathlib
from pathlib import Path, PurePath, PurePosixPath, WindowsPath


def attempt(label, make):
    try:
        result = make()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


attempt("bytes", lambda: Path(b"data/file"))
attempt("int", lambda: Path(42))
attempt("None", lambda: PurePosixPath("a", None))
attempt("float", lambda: PurePath(1.5))
attempt("list", lambda: Path(["a", "b"]))
attempt("kwargs ignored by Path", lambda: Path("a", mode=1))
attempt("kwargs refused by PurePath", lambda: PurePath("a", mode=1))
attempt("WindowsPath", lambda: WindowsPath("c:/x"))
attempt("pathlib.WindowsPath()", lambda: pathlib.WindowsPath())


class Bad:
    def __fspath__(self):
        return 7


attempt("__fspath__ returning int", lambda: Path(Bad()))


class MyPath(Path):
    """A direct subclass of Path: 3.11 cannot build these (no flavour)."""


attempt("subclass of Path", lambda: MyPath("x"))


class Bare(PurePath):
    pass


attempt("subclass of PurePath", lambda: Bare("x"))
