# File descriptors: open/close of text and binary files, with-statements, exceptions inside them, failed opens.
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


TEXT = os.path.join(WORK, "notes.txt")
BINARY = os.path.join(WORK, "blob.bin")
with open(TEXT, "w", encoding="utf-8") as f:
    f.write("line one\nline two\nline three\n")
with open(BINARY, "wb") as f:
    f.write(bytes(range(256)) * 64)


def text_explicit_close():
    f = open(TEXT, encoding="utf-8")
    f.readline()
    f.close()


def text_with():
    with open(TEXT, encoding="utf-8") as f:
        assert len(list(f)) == 3


def text_append_and_read():
    with open(TEXT, "a+", encoding="utf-8") as f:
        f.seek(0)
        f.read()


def binary_with_seek():
    with open(BINARY, "rb") as f:
        f.seek(-16, os.SEEK_END)
        f.read()


def binary_unbuffered():
    with open(BINARY, "rb", buffering=0) as f:
        f.read(100)


def binary_write_read_update():
    with open(os.path.join(WORK, "rw.bin"), "w+b") as f:
        f.write(b"abc" * 1000)
        f.seek(0)
        f.read(10)


def exception_inside_with():
    try:
        with open(TEXT, encoding="utf-8") as f:
            f.readline()
            raise ValueError("boom")
    except ValueError:
        pass


def exception_in_nested_with():
    try:
        with open(TEXT, encoding="utf-8") as a, open(BINARY, "rb") as b:
            a.read(1)
            b.read(1)
            {}["missing"]
    except KeyError:
        pass


def try_finally_close():
    f = open(BINARY, "rb")
    try:
        f.read(1)
        1 / 0
    except ZeroDivisionError:
        pass
    finally:
        f.close()


def failed_open():
    for path, mode in ((os.path.join(WORK, "missing.txt"), "r"), (WORK, "r"), (os.path.join(WORK, "no", "x"), "w")):
        try:
            open(path, mode)
        except OSError:
            pass


def decode_error_inside_with():
    try:
        with open(BINARY, encoding="ascii") as f:
            f.read()
    except UnicodeDecodeError:
        pass


def os_level():
    fd = os.open(TEXT, os.O_RDONLY)
    os.read(fd, 10)
    os.close(fd)
    with os.fdopen(os.open(TEXT, os.O_RDONLY), "rb") as f:
        f.read()


def closefd_false():
    fd = os.open(BINARY, os.O_RDONLY)
    with open(fd, "rb", closefd=False) as f:
        f.read(4)
    os.close(fd)


for func in (text_explicit_close, text_with, text_append_and_read, binary_with_seek, binary_unbuffered,
             binary_write_read_update, exception_inside_with, exception_in_nested_with, try_finally_close,
             failed_open, decode_error_inside_with, os_level, closefd_false):
    check(func.__name__, func)
shutil.rmtree(WORK)
