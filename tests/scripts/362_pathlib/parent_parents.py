# pathlib: parent and the parents sequence (3.10+: slices and negative indexes)
from pathlib import PurePosixPath, Path

p = PurePosixPath("/srv/www/site/static/app.js")
print(p.parent, p.parent.parent, p.parent.parent.parent.parent.parent.parent)
print(repr(p.parents), len(p.parents))
print(list(p.parents))
print(p.parents[0], p.parents[2], p.parents[-1], p.parents[-2])
print(p.parents[1:3], p.parents[::2], p.parents[::-1])
print(p.parents[10:])
for bad in (5, -6, 100):
    try:
        p.parents[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    p.parents["x"]
except TypeError as e:
    print("TypeError", e)
print(PurePosixPath("/srv") in p.parents, PurePosixPath("srv") in p.parents)
print(p.parents.index(PurePosixPath("/srv/www")), p.parents.count(PurePosixPath("/")))
try:
    p.parents.index(PurePosixPath("/nope"))
except ValueError as e:
    print("ValueError", repr(e))
print(list(reversed(p.parents)))
rel = Path("a/b/c")
print(list(rel.parents), rel.parents[-1], repr(Path("a").parent), repr(Path(".").parent))
print(PurePosixPath("/").parent, list(PurePosixPath("/").parents), PurePosixPath("//x").parents[0])
root = PurePosixPath("/")
print(root.parent is root, len(Path("").parents))
# find the closest "project root" marker among the ancestors
markers = {PurePosixPath("/srv/www")}
print(next((d for d in p.parents if d in markers), None))
