# pathlib: joining with /, joinpath and reflected division
from pathlib import Path, PurePosixPath, PurePath

base = Path("project")
print(base / "src" / "main.py")
print("home" / Path("user") / "notes.txt")
print(base / "/etc/hosts")
print(base / PurePosixPath("docs/index.md"))
print(base.joinpath("a", "b", "c.txt"))
print(base.joinpath())
print(base.joinpath("x", "/abs", "y"))
print(repr(Path("a") / PurePosixPath("b")), repr(PurePosixPath("a").joinpath(Path("b"))))
print(repr("s" / PurePosixPath("t")))
print(base / "" / "." / "x")


class Where:
    def __fspath__(self):
        return "where/it/is"


print(base / Where(), Where() / Path("z"))

for label, action in [("path / int", lambda: base / 3),
                      ("int / path", lambda: 3 / base),
                      ("path / None", lambda: base / None),
                      ("bytes / path", lambda: b"x" / base),
                      ("joinpath(int)", lambda: base.joinpath(5)),
                      ("path // str", lambda: base // "x"),
                      ("path + str", lambda: base + "x")]:
    try:
        print(label, action())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
