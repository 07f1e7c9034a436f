# File descriptors: pathlib read_text/write_text/read_bytes/write_bytes/open/touch/iterdir/glob/rglob.
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


from pathlib import Path

ROOT = Path(WORK)
for i in range(6):
    (ROOT / "pkg" / f"m{i}").mkdir(parents=True, exist_ok=True)
    (ROOT / "pkg" / f"m{i}" / "mod.py").write_text(f"X = {i}\n")


def write_and_read_text():
    p = ROOT / "note.txt"
    p.write_text("hello\n", encoding="utf-8")
    assert p.read_text(encoding="utf-8") == "hello\n"


def write_and_read_bytes():
    p = ROOT / "data.bin"
    p.write_bytes(b"\x00\x01" * 500)
    assert len(p.read_bytes()) == 1000


def path_open_with():
    with (ROOT / "note.txt").open("a", encoding="utf-8") as f:
        f.write("x")
    with (ROOT / "data.bin").open("rb") as f:
        f.read(3)


def read_missing():
    try:
        (ROOT / "missing.txt").read_text()
    except FileNotFoundError:
        pass
    try:
        (ROOT / "no" / "dir.txt").write_bytes(b"x")
    except FileNotFoundError:
        pass


def touch_stat_unlink():
    p = ROOT / "touched"
    p.touch()
    p.stat()
    p.unlink()


def iterdir_full():
    assert len(list((ROOT / "pkg").iterdir())) == 6


def iterdir_partial():
    for child in (ROOT / "pkg").iterdir():
        if child.name:
            break


def glob_and_rglob():
    assert len(list(ROOT.glob("pkg/*/mod.py"))) == 6
    assert len(list(ROOT.rglob("*.py"))) == 6
    next(ROOT.rglob("*"))


def exists_is_dir_resolve():
    (ROOT / "pkg").is_dir()
    (ROOT / "pkg" / "nothing").exists()
    (ROOT / "pkg" / ".." / "note.txt").resolve()


for func in (write_and_read_text, write_and_read_bytes, path_open_with, read_missing, touch_stat_unlink, iterdir_full,
             iterdir_partial, glob_and_rglob, exists_is_dir_resolve):
    check(func.__name__, func)
shutil.rmtree(WORK)
