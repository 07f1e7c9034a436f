# pathlib: exists() and the is_*() tests treat odd names (NUL, file used as a dir, loops) as absent
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
    Path("f").write_text("data")
    Path("loop").symlink_to("loop")
    for name in ["f", "f/child", "f/child/deeper", "loop", "loop/x", "no\0pe", "", ".", "..", "missing/x"]:
        p = Path(name)
        print(f"{name!r:18} exists={p.exists()!s:5} dir={p.is_dir()!s:5} file={p.is_file()!s:5} "
              f"link={p.is_symlink()!s:5} mount={p.is_mount()}")
    for label, action in [("stat NUL", lambda: Path("no\0pe").stat()),
                          ("mkdir NUL", lambda: Path("x\0").mkdir()),
                          ("unlink NUL", lambda: Path("x\0").unlink(missing_ok=True))]:
        try:
            action()
        except ValueError as e:
            print(label, "-> ValueError:", e)
    print(os.path.exists("f"), Path("f").exists())


in_scratch_dir("_tmp_exists_checks", main)
