# pathlib: mkdir with parents= and exist_ok=, and the errors it raises
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
    Path("build").mkdir()
    print(Path("build").is_dir())
    for label, action in [("again", lambda: Path("build").mkdir()),
                          ("again, exist_ok", lambda: Path("build").mkdir(exist_ok=True)),
                          ("deep, no parents", lambda: Path("out/a/b/c").mkdir()),
                          ("deep, parents", lambda: Path("out/a/b/c").mkdir(parents=True)),
                          ("deep again, parents", lambda: Path("out/a/b/c").mkdir(parents=True)),
                          ("deep again, both", lambda: Path("out/a/b/c").mkdir(parents=True, exist_ok=True)),
                          ("over a file", lambda: (Path("file").touch(), Path("file").mkdir(exist_ok=True))),
                          ("under a file", lambda: Path("file/sub").mkdir(parents=True)),
                          ("dotted", lambda: Path("x/./y/../z").mkdir(parents=True)),
                          ("mode", lambda: Path("private").mkdir(mode=0o700))]:
        try:
            print(label, "->", action())
        except OSError as e:
            print(label, "->", type(e).__name__, e.errno, e.strerror, e.filename)
    print(sorted(str(p) for p in Path(".").rglob("*")))
    print(oct(Path("private").stat().st_mode & 0o777))


in_scratch_dir("_tmp_mkdir_parents", main)
