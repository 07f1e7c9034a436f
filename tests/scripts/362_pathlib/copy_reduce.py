# pathlib: paths are immutable values; copy, deepcopy and __reduce__
import copy
from pathlib import Path, PurePosixPath, PureWindowsPath

p = Path("/var/lib/app/state.json")
c = copy.copy(p)
d = copy.deepcopy(p)
print(repr(c), repr(d), c == p, d == p, type(d).__name__)
print(p.__reduce__())
print(PureWindowsPath("c:/x/y").__reduce__())
print(PurePosixPath("rel/x").__reduce__())
cls, args = p.__reduce__()
print(repr(cls(*args)))
config = {"paths": [Path("a"), PurePosixPath("b/c")], "root": Path("/")}
clone = copy.deepcopy(config)
print(clone, clone == config)
