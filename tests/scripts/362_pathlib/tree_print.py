# pathlib: print a directory tree with iterdir (sorted, directories first), like the tree command
import os


def remove_tree(top):
    """Delete a directory tree (shutil is not available): links are removed, never followed."""
    for entry in os.scandir(top):
        if entry.is_dir(follow_symlinks=False):
            remove_tree(entry.path)
        else:
            os.unlink(entry.path)
    os.rmdir(top)


def in_scratch_dir(name, body):
    if os.path.lexists(name):
        remove_tree(name)
    os.mkdir(name)
    os.chdir(name)
    try:
        body()
    finally:
        os.chdir("..")
        remove_tree(name)


from pathlib import Path


def build(spec, base=Path(".")):
    for name, content in spec.items():
        path = base / name
        if isinstance(content, dict):
            path.mkdir()
            build(content, path)
        else:
            path.write_text(content)


def tree(directory, prefix=""):
    entries = sorted(directory.iterdir(), key=lambda p: (not p.is_dir(), p.name.lower()))
    for i, entry in enumerate(entries):
        last = i == len(entries) - 1
        label = entry.name + ("/" if entry.is_dir() else f" ({entry.stat().st_size} bytes)")
        print(prefix + ("`-- " if last else "|-- ") + label)
        if entry.is_dir():
            tree(entry, prefix + ("    " if last else "|   "))


def main():
    build({"site": {"index.html": "<h1>hi</h1>", "css": {"main.css": "body{}", "print.css": ""},
                    "img": {}, "js": {"app.js": "let x = 1;", "vendor": {"lib.min.js": "!function(){}"}},
                    "README": "static site"}})
    print("site/")
    tree(Path("site"))
    dirs = sum(1 for p in Path("site").rglob("*") if p.is_dir())
    files = sum(1 for p in Path("site").rglob("*") if p.is_file())
    print(f"{dirs} directories, {files} files")


in_scratch_dir("_tmp_tree_print", main)
