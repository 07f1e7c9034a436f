# pathlib: unlink (missing_ok) and rmdir, with their OSErrors
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
    Path("d/sub").mkdir(parents=True)
    Path("d/f.txt").write_text("x")
    Path("link").symlink_to("d")
    steps = [("unlink file", lambda: Path("d/f.txt").unlink()),
             ("unlink again", lambda: Path("d/f.txt").unlink()),
             ("unlink missing_ok", lambda: Path("d/f.txt").unlink(missing_ok=True)),
             ("unlink dir", lambda: Path("d/sub").unlink()),
             ("unlink dir missing_ok", lambda: Path("d/sub").unlink(missing_ok=True)),
             ("rmdir non-empty", lambda: Path("d").rmdir()),
             ("rmdir file", lambda: (Path("g").touch(), Path("g").rmdir())),
             ("rmdir missing", lambda: Path("nope").rmdir()),
             ("rmdir symlink", lambda: Path("link").rmdir()),
             ("unlink symlink", lambda: Path("link").unlink()),
             ("rmdir sub", lambda: Path("d/sub").rmdir()),
             ("rmdir d", lambda: Path("d").rmdir())]
    for label, action in steps:
        try:
            print(label, "->", action())
        except OSError as e:
            print(label, "->", type(e).__name__, e)
    print(sorted(str(p) for p in Path(".").iterdir()))


in_scratch_dir("_tmp_unlink_rmdir", main)
