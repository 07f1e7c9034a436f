# File descriptors: tempfile NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile, TemporaryDirectory, mkstemp and mkdtemp.
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


def named_with():
    with tempfile.NamedTemporaryFile("w+", suffix=".txt") as f:
        f.write("data")
        f.flush()
        assert os.path.exists(f.name)
    assert not os.path.exists(f.name)


def named_no_delete():
    f = tempfile.NamedTemporaryFile(delete=False, dir=WORK)
    f.write(b"keep")
    f.close()
    with open(f.name, "rb") as g:
        assert g.read() == b"keep"
    os.unlink(f.name)


def named_exception_inside():
    try:
        with tempfile.NamedTemporaryFile() as f:
            f.write(b"x")
            raise OSError("disk full")
    except OSError:
        pass


def temporary_file():
    with tempfile.TemporaryFile("w+b") as f:
        f.write(b"abc")
        f.seek(0)
        assert f.read() == b"abc"


def spooled_rollover():
    with tempfile.SpooledTemporaryFile(max_size=10) as f:
        f.write(b"small")
        f.write(b"now larger than max_size")
        f.seek(0)
        f.read()


def temporary_directory():
    with tempfile.TemporaryDirectory() as d:
        for name in ("a", "b"):
            with open(os.path.join(d, name), "w") as f:
                f.write(name)
        os.mkdir(os.path.join(d, "sub"))


def temporary_directory_cleanup():
    d = tempfile.TemporaryDirectory(prefix="explicit-")
    open(os.path.join(d.name, "x"), "w").close()
    d.cleanup()


def mkstemp_close():
    fd, path = tempfile.mkstemp(suffix=".dat", dir=WORK)
    os.write(fd, b"payload")
    os.close(fd)
    os.remove(path)


def mkstemp_fdopen():
    fd, path = tempfile.mkstemp(text=True)
    with os.fdopen(fd, "w") as f:
        f.write("text")
    os.remove(path)


def mkdtemp_rmtree():
    d = tempfile.mkdtemp(dir=WORK)
    with open(os.path.join(d, "f"), "wb") as f:
        f.write(b"1")
    shutil.rmtree(d)


for func in (named_with, named_no_delete, named_exception_inside, temporary_file, spooled_rollover, temporary_directory,
             temporary_directory_cleanup, mkstemp_close, mkstemp_fdopen, mkdtemp_rmtree):
    check(func.__name__, func)
print("left in WORK:", os.listdir(WORK))
shutil.rmtree(WORK)
