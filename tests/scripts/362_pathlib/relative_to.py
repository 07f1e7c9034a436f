# pathlib: relative_to and is_relative_to, with 3.11's error message
from pathlib import Path, PurePosixPath, PureWindowsPath

cases = [("/srv/app/static/css/site.css", "/srv/app"), ("/srv/app", "/srv/app"), ("/srv/app", "/"),
         ("docs/api/index.md", "docs"), ("a/b", "c"), ("/etc/hosts", "etc"), ("etc/hosts", "/etc"),
         ("/a", ""), ("a/b", ""), ("/srv", "/srv/app"), ("//net/x", "/net"), ("a/b/c", "a/b/c/")]
for target, base in cases:
    try:
        result = PurePosixPath(target).relative_to(base)
    except ValueError as e:
        result = f"ValueError: {e}"
    print(f"{target!r} rel {base!r}: {result}  [{PurePosixPath(target).is_relative_to(base)}]")

p = Path("/data/2023/q4/report.pdf")
print(repr(p.relative_to("/data", "2023")), repr(p.relative_to(Path("/data/2023/q4"))))
try:
    p.relative_to()
except TypeError as e:
    print("TypeError:", e)
try:
    p.is_relative_to()
except TypeError as e:
    print("TypeError:", e)
try:
    p.relative_to(5)
except TypeError as e:
    print("TypeError:", e)
print(PureWindowsPath("C:/Users/Ann/doc.txt").relative_to("c:/users"))
print(repr(PureWindowsPath("c:/x").relative_to("c:")))
try:
    PureWindowsPath("c:/x").relative_to("d:/")
except ValueError as e:
    print("ValueError:", e)

# strip a common prefix off a list of files, leaving outsiders alone
root = Path("/repo")
for f in ["/repo/src/a.py", "/other/b.py", "/repo/README"]:
    f = Path(f)
    print(f.relative_to(root) if f.is_relative_to(root) else f)
