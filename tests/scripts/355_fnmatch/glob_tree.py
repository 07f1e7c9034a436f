# a tiny glob over an in-memory tree, matching one path component at a time with fnmatch
import fnmatch

tree = {
    "src": {"app.py": None, "cli.py": None, "helpers": {"text.py": None, "io.py": None, "NOTES": None}},
    "tests": {"test_app.py": None, "data": {"in.json": None, "out.json": None}},
    "setup.py": None, ".env": None,
}


def walk_glob(node, parts, prefix=""):
    if not parts:
        yield prefix.rstrip("/")
        return
    head, rest = parts[0], parts[1:]
    if not isinstance(node, dict):
        return
    for name in sorted(node):
        if name.startswith(".") and not head.startswith("."):
            continue
        if fnmatch.fnmatchcase(name, head):
            yield from walk_glob(node[name], rest, prefix + name + "/")


for pattern in ["*.py", "src/*.py", "*/*/*.py", "*/*", "tests/data/[io]*.json", ".*", "src/helpers/[A-Z]*",
                "*/*/*"]:
    print(f"{pattern:24} {list(walk_glob(tree, pattern.split('/')))}")
