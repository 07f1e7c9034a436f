# pathlib: POSIX keeps exactly two leading slashes ('//') as a separate root; one or three-plus collapse to '/'
from pathlib import PurePosixPath as P

for s in ["/a", "//a", "///a", "////a/b", "//", "///", "a//", "a////b"]:
    p = P(s)
    print(f"{s!r:10} {str(p)!r:8} root={p.root!r:5} parts={p.parts} parent={p.parent} abs={p.is_absolute()}")
print(P("//a") == P("/a"), P("//a") < P("/a"), P("//x") / "y", P("a") / "//b", P("//a", "/b"))
print(P("//a/b").relative_to("//a"), P("//a").is_relative_to("/a"), P("//a/b").match("//*/b"), P("//a/b").match("/*/b"))
print(P("//srv").as_uri(), list(P("//srv/a").parents))
