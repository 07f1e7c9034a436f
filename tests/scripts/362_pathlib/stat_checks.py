# pathlib: stat, lstat, chmod and the file-type tests (is_dir, is_file, is_fifo, is_mount...)
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
    f = Path("script.sh")
    f.write_text("#!/bin/sh\necho hi\n")
    st = f.stat()
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0])
    f.chmod(0o755)
    print(oct(stat.S_IMODE(f.stat().st_mode)), stat.filemode(f.stat().st_mode))
    f.chmod(0o600)
    print(oct(f.stat().st_mode & 0o777))
    Path("ln").symlink_to("script.sh")
    print(stat.S_ISLNK(Path("ln").lstat().st_mode), stat.S_ISLNK(Path("ln").stat().st_mode),
          stat.S_ISLNK(Path("ln").stat(follow_symlinks=False).st_mode))
    print(Path("ln").stat().st_ino == f.stat().st_ino, Path("ln").lstat().st_ino == f.stat().st_ino)
    Path("dir").mkdir()
    checks = ["is_dir", "is_file", "is_symlink", "is_fifo", "is_socket", "is_block_device", "is_char_device", "is_mount"]
    print(f"{'path':12}" + " ".join(c[3:] for c in checks))
    for name in ["script.sh", "ln", "dir", "missing", "script.sh/x", "/dev/null", "/"]:
        p = Path(name)
        print(f"{name:12}" + " ".join(f"{getattr(p, c)()!s:{len(c) - 3}}" for c in checks))
    for label, action in [("stat missing", lambda: Path("missing").stat()),
                          ("lstat missing", lambda: Path("missing").lstat()),
                          ("chmod missing", lambda: Path("missing").chmod(0o644)),
                          ("stat through file", lambda: Path("script.sh/x").stat())]:
        try:
            action()
        except OSError as e:
            print(label, "->", type(e).__name__, e)


in_scratch_dir("_tmp_stat_checks", main)
