# pathlib: absolute() only prepends the cwd; resolve() also removes '..' and follows symlinks
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


import os
from pathlib import Path


def main():
    here = Path.cwd()
    Path("a/b").mkdir(parents=True)
    Path("a/b/f.txt").touch()
    Path("link_b").symlink_to("a/b")
    Path("loop1").symlink_to("loop2")
    Path("loop2").symlink_to("loop1")
    show = lambda p: repr(p.relative_to(here)) if p.is_relative_to(here) else repr(p)
    print(show(Path("a/../a/b").absolute()), show(Path("a/../a/b").resolve()))
    print(show(Path("link_b/f.txt").absolute()), show(Path("link_b/f.txt").resolve()))
    print(show(Path("link_b/..").resolve()), show(Path(".").resolve()), show(Path("").absolute()))
    print(show(Path("missing/../x").resolve()), show(Path("a/missing/y").resolve()))
    print(Path("/usr/../etc").absolute(), Path("/").resolve(), Path("//").resolve())
    print(Path("a").absolute().is_absolute(), Path("a").resolve() == here / "a")
    for label, action in [("strict missing", lambda: Path("a/missing/y").resolve(strict=True)),
                          ("strict ok", lambda: show(Path("link_b").resolve(strict=True))),
                          ("loop", lambda: Path("loop1").resolve()),
                          ("strict loop", lambda: Path("loop1/x").resolve(strict=True))]:
        try:
            print(label, "->", action())
        except (OSError, RuntimeError) as e:
            print(label, "->", type(e).__name__, str(e).replace(str(here), "<cwd>"))
    os.chdir("a")
    print(show(Path("b").absolute()), show(Path("..").resolve()))
    os.chdir("..")


in_scratch_dir("_tmp_resolve_absolute", main)
