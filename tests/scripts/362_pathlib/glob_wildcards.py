# pathlib: glob with *, ?, [...] and [!...] in one directory (results sorted: glob follows scandir order)
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


def main():
    names = ["main.py", "util.py", "README.md", "notes.txt", ".env", ".hidden.py", "data1.csv", "data2.csv",
             "data10.csv", "Data3.csv", "[draft].txt", "a-b.txt", "x*y.txt", "q?.txt"]
    for n in names:
        Path(n).touch()
    Path("pkg").mkdir()
    Path("pkg/mod.py").touch()
    for pattern in ["*.py", "*", ".*", "data?.csv", "data*.csv", "[dD]ata*.csv", "data[0-9].csv", "data[!1].csv",
                    "[[]draft].txt", "[a-z]-[a-z].txt", "*[*]*", "q[?].txt", "*.PY", "README.md", "nothing*",
                    "pkg", "pkg/*", "*/*.py", "[z-a]*", "[!z-a]*.md", "*.[ct]*"]:
        print(f"{pattern!r:18}", sorted(str(p) for p in Path().glob(pattern)))


in_scratch_dir("_tmp_glob_wildcards", main)
