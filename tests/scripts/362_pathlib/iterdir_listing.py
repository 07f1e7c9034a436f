# pathlib: iterdir yields child paths (no '.' or '..'); errors come at the first next()
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
    for name in ["b.txt", "a.txt", ".hidden", "dir1/inner.txt", "dir2/x/y.txt"]:
        p = Path(name)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(name)
    print(sorted(Path(".").iterdir()))
    print(sorted(Path("").iterdir()) == sorted(Path(".").iterdir()))
    print(sorted(Path("dir2").iterdir()), sorted(Path("dir2/").iterdir()))
    here = Path.cwd()
    print(sorted(p.relative_to(here) for p in here.iterdir()))
    it = Path("missing").iterdir()
    print(type(it).__name__)
    for target in ["missing", "a.txt"]:
        try:
            next(Path(target).iterdir())
        except OSError as e:
            print(type(e).__name__, e)
    print(list(Path("dir1/inner.txt").parent.iterdir()))
    sizes = {p.name: p.stat().st_size for p in Path(".").iterdir() if p.is_file()}
    print(sorted(sizes.items()))
    print(sorted(p.name for p in Path(".").iterdir() if p.is_dir()))


in_scratch_dir("_tmp_iterdir_listing", main)
