# pathlib: trailing-slash patterns match directories only; ** does not descend into symlinked directories
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
    for d in ["real/inner", "other"]:
        Path(d).mkdir(parents=True)
    for f in ["real/a.txt", "real/inner/b.txt", "other/c.txt", "top.txt"]:
        Path(f).touch()
    Path("alias").symlink_to("real", target_is_directory=True)
    Path("dangling").symlink_to("does-not-exist")
    Path("filelink").symlink_to("top.txt")
    show = lambda it: sorted(str(p) for p in it)
    print(show(Path().glob("*")))
    print(show(Path().glob("*/")))
    print(show(Path().glob("**/")))
    print(show(Path().glob("**/*.txt")))
    print(show(Path().glob("alias/**/*.txt")))
    print(show(Path().glob("*/*.txt")))
    print(show(Path().glob("dangling")), show(Path().glob("dang*")), show(Path().glob("filelink/")))
    print(show(Path().rglob("*/")))
    print(show(Path("alias").rglob("*")))
    print(show(Path().glob("real/inner/")), show(Path().glob("top.txt/")))


in_scratch_dir("_tmp_glob_dirs_symlinks", main)
