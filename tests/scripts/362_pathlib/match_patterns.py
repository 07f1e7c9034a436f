# pathlib: PurePath.match -- glob patterns matched from the right, anchored patterns match the whole path
from pathlib import PurePosixPath, PureWindowsPath, Path

cases = [("src/pkg/mod.py", "*.py"), ("src/pkg/mod.py", "pkg/*.py"), ("src/pkg/mod.py", "src/*.py"),
         ("/src/mod.py", "/*.py"), ("/src/mod.py", "/src/*.py"), ("/src/mod.py", "/*/*.py"), ("src/mod.py", "/src/*.py"),
         ("/a", "*/a"), ("/", "/"), ("mod.PY", "*.py"), ("a/b/c", "*"), ("a/b/c", "*/*/*/*"), ("a.txt", "?.txt"),
         ("ab.txt", "?.txt"), ("f1.log", "f[0-9].log"), ("fx.log", "f[!0-9].log"), ("f-.log", "f[-].log"),
         ("f].log", "f[]].log"), ("f[.log", "f[.log"), ("x.py", "[z-a].py"), ("x.py", "[!z-a].py"),
         ("a/.hidden", "*"), ("a/b", "a/./b"), ("a/b", "a//b"), ("dir/file", "dir/"), ("x.tar.gz", "*.gz")]
for path, pattern in cases:
    print(f"{path!r:18} {pattern!r:12} {PurePosixPath(path).match(pattern)}")
try:
    Path("a").match("")
except ValueError as e:
    print("ValueError:", e)
try:
    Path("a").match(".")
except ValueError as e:
    print("ValueError:", e)
print(PureWindowsPath("C:/Src/Mod.PY").match("*.py"), PureWindowsPath("C:/Src/Mod.py").match("c:/src/*"),
      PureWindowsPath("C:/Src/Mod.py").match("d:/src/*"))
files = ["tests/test_a.py", "tests/helpers.py", "src/test_b.py", "tests/unit/test_c.py", "tests/test_d.txt"]
print([f for f in files if PurePosixPath(f).match("tests/test_*.py")])
