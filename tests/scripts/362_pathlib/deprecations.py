# pathlib: 3.11's deprecated bits: using a Path as a context manager, and link_to()
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


import warnings
from pathlib import Path


def main():
    Path("src.txt").write_text("x")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with Path("src.txt") as p:
            print("inside:", repr(p))
        Path("src.txt").link_to("dst.txt")
    for w in caught:
        print(w.category.__name__, "-", w.message)
    print(Path("dst.txt").read_text(), Path("dst.txt").samefile("src.txt"))
    print(Path("src.txt").__exit__(None, None, None))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            Path(".").__enter__()
        except DeprecationWarning as e:
            print("raised:", e)


in_scratch_dir("_tmp_deprecations", main)
