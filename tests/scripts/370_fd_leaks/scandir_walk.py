# File descriptors: os.scandir iterated fully, partially and closed, os.listdir, os.walk, glob and fnmatch-based listing.
import os
import shutil
import tempfile

WORK = tempfile.mkdtemp()


def fd_count():
    return len(os.listdir("/proc/self/fd"))


def check(name, func, times=50):
    """Runs func once to warm up (lazy imports, caches), then `times` more times, and prints how many
    file descriptors are open afterwards that were not open before."""
    func()
    before = fd_count()
    for _ in range(times):
        func()
    print(f"{name}: leaked: {fd_count() - before}")


import glob

for i in range(20):
    os.makedirs(os.path.join(WORK, "tree", f"d{i % 4}", "sub"), exist_ok=True)
    with open(os.path.join(WORK, "tree", f"d{i % 4}", f"f{i}.txt"), "w") as f:
        f.write(str(i))
TREE = os.path.join(WORK, "tree")


def scandir_full():
    names = sorted(entry.name for entry in os.scandir(TREE))
    assert names == ["d0", "d1", "d2", "d3"], names


def scandir_full_with():
    with os.scandir(os.path.join(TREE, "d0")) as it:
        assert len([e for e in it if e.is_file()]) == 5


def scandir_partial_close():
    it = os.scandir(TREE)
    next(it)
    it.close()


def scandir_partial_with_break():
    with os.scandir(TREE) as it:
        for entry in it:
            if entry.is_dir():
                break


def scandir_close_twice():
    it = os.scandir(TREE)
    it.close()
    it.close()


def scandir_exception_inside():
    try:
        with os.scandir(TREE) as it:
            for entry in it:
                raise RuntimeError(entry.name)
    except RuntimeError:
        pass


def scandir_missing():
    try:
        os.scandir(os.path.join(WORK, "nope"))
    except FileNotFoundError:
        pass


def listdir():
    assert len(os.listdir(TREE)) == 4
    assert len(os.listdir(os.fsencode(TREE))) == 4


def walk_full():
    assert sum(len(files) for _, _, files in os.walk(TREE)) == 20


def walk_partial():
    walker = os.walk(TREE)
    next(walker)
    next(walker)
    walker.close()


def walk_bottom_up():
    for _ in os.walk(TREE, topdown=False):
        pass


def glob_patterns():
    assert len(glob.glob(os.path.join(TREE, "*", "*.txt"))) == 20
    assert len(glob.glob("**/*.txt", root_dir=TREE, recursive=True)) == 20
    it = glob.iglob(os.path.join(TREE, "**"), recursive=True)
    next(it)
    next(it)


for func in (scandir_full, scandir_full_with, scandir_partial_close, scandir_partial_with_break, scandir_close_twice,
             scandir_exception_inside, scandir_missing, listdir, walk_full, walk_partial, walk_bottom_up,
             glob_patterns):
    check(func.__name__, func)
shutil.rmtree(WORK)
