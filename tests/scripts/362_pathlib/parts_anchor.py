# pathlib: parts, drive, root and anchor of POSIX paths
from pathlib import PurePosixPath, Path

for s in ["/usr/bin/python3", "usr/bin", "//host/share/file", "///tmp", "/", ".", "", "../a/./b", "a/b/"]:
    p = PurePosixPath(s)
    print(f"{s!r:22} parts={p.parts!r:40} drive={p.drive!r} root={p.root!r} anchor={p.anchor!r}")

p = Path("/home/user/projects/demo/main.py")
print(p.parts[1:-1])
print(len(p.parts), p.parts.index("projects"), "demo" in p.parts)
print(type(p.parts).__name__)
# rebuild a path from its parts
print(Path(*p.parts) == p, Path(*p.parts[:3]))
