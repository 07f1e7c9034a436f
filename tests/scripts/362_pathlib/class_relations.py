# pathlib: the class hierarchy -- PurePath picks the flavour, Path gives PosixPath, subclasses keep their class
import os
import pathlib
from pathlib import Path, PurePath, PurePosixPath, PosixPath, PureWindowsPath

print(type(PurePath("a")).__name__, type(Path("a")).__name__, type(Path.cwd()).__name__)
print([c.__name__ for c in PosixPath.__mro__])
print(issubclass(PosixPath, PurePosixPath), issubclass(Path, PurePath), issubclass(PurePosixPath, Path))
print(isinstance(Path("a"), os.PathLike), issubclass(PurePath, os.PathLike), isinstance(PureWindowsPath("x"), PurePath))
print(sorted(pathlib.__all__))


class ProjectPath(PosixPath):
    def is_python(self):
        return self.suffix == ".py"


p = ProjectPath("src/app/main.py")
for derived in (p, p.parent, p / "x", "top" / p, p.with_suffix(".pyc"), p.parents[1], p.relative_to("src"),
                p.joinpath("y"), ProjectPath.cwd()):
    print(type(derived).__name__, end=" ")
print()
print(p.is_python(), p.parent.is_python())
print(Path("a") == ProjectPath("a"), ProjectPath("a") == PurePosixPath("a"))
try:
    p.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Path("a").extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Path("a"), "__dict__"), Path.__slots__, PurePath.__name__)
print(Path.exists.__qualname__, Path.with_suffix.__qualname__, PurePath.__module__)
