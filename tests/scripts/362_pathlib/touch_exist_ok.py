# pathlib: touch creates files, keeps existing ones, and refuses them with exist_ok=False
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


import stat
from pathlib import Path


def main():
    f = Path("marker")
    print(f.exists(), f.touch(), f.exists(), f.is_file(), f.stat().st_size)
    f.write_text("keep me")
    f.touch()
    print(repr(f.read_text()), "(touch does not truncate)")
    try:
        f.touch(exist_ok=False)
    except FileExistsError as e:
        print("FileExistsError:", e)
    Path("fresh").touch(exist_ok=False)
    print(Path("fresh").exists())
    Path("ro").touch(mode=0o400)
    print(oct(stat.S_IMODE(Path("ro").stat().st_mode)))
    for bad in ["no/such/dir/file", ""]:
        try:
            Path(bad).touch(exist_ok=False)
        except OSError as e:
            print(type(e).__name__, e)
    print(sorted(p.name for p in Path().iterdir()))


in_scratch_dir("_tmp_touch_exist_ok", main)
