# File descriptors: files and scandir iterators dropped without close() are closed when collected (gc.collect()).
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


import gc
import warnings

warnings.simplefilter("ignore", ResourceWarning)
PATH = os.path.join(WORK, "f.txt")
with open(PATH, "w") as f:
    f.write("some text\n")
for i in range(5):
    open(os.path.join(WORK, f"e{i}"), "w").close()


def dropped_text_file():
    f = open(PATH)
    f.readline()
    del f
    gc.collect()


def dropped_binary_files_in_list():
    files = [open(PATH, "rb") for _ in range(5)]
    del files
    gc.collect()


def dropped_in_cycle():
    class Holder:
        pass

    a, b = Holder(), Holder()
    a.other, b.other = b, a
    a.file = open(PATH)
    del a, b
    gc.collect()


def dropped_scandir_partial():
    it = os.scandir(WORK)
    next(it)
    del it
    gc.collect()


def expression_read():
    assert open(PATH).read() == "some text\n"
    gc.collect()


for func in (dropped_text_file, dropped_binary_files_in_list, dropped_in_cycle, dropped_scandir_partial,
             expression_read):
    check(func.__name__, func, times=20)
shutil.rmtree(WORK)
