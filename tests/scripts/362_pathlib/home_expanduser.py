# pathlib: home(), expanduser() and cwd() (HOME is set by the script so the output is the same everywhere)
import os
from pathlib import Path, PosixPath

os.environ["HOME"] = "/home/tester"
print(repr(Path.home()), repr(PosixPath.home()))
for s in ["~", "~/docs/todo.txt", "~/", "docs/~", "/abs/~/x", "~nosuchuser_xyz_42/file", "~~"]:
    try:
        print(f"{s!r:28} -> {Path(s).expanduser()!r}")
    except RuntimeError as e:
        print(f"{s!r:28} -> RuntimeError: {e}")
os.environ["HOME"] = "/"
print(repr(Path("~/x").expanduser()), repr(Path.home()))
os.environ["HOME"] = "/srv//weird/"
print(repr(Path("~/x").expanduser()))
p = Path("a/b")
print(p.expanduser() is p, Path.cwd().is_absolute(), Path.cwd() == Path(os.getcwd()))
print(Path.cwd() / "x" == Path("x").absolute(), type(Path.cwd()).__name__)
