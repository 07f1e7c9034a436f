# File descriptors: shutil copyfile/copy2/copytree/move/rmtree, csv reading and writing files, logging.FileHandler.
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


import csv
import logging

SRC = os.path.join(WORK, "src")
for i in range(8):
    os.makedirs(os.path.join(SRC, f"dir{i % 3}"), exist_ok=True)
    with open(os.path.join(SRC, f"dir{i % 3}", f"file{i}.dat"), "wb") as f:
        f.write(os.urandom(1000 * i))


def copyfile_copy2():
    src = os.path.join(SRC, "dir1", "file4.dat")
    shutil.copyfile(src, os.path.join(WORK, "c1"))
    shutil.copy2(src, os.path.join(WORK, "c2"))
    shutil.copy(src, os.path.join(WORK, "c3"))
    with open(src, "rb") as a, open(os.path.join(WORK, "c4"), "wb") as b:
        shutil.copyfileobj(a, b)


def copytree_rmtree():
    dst = os.path.join(WORK, "copy")
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("file0*"))
    shutil.rmtree(dst)


def copytree_existing_fails():
    try:
        shutil.copytree(SRC, SRC)
    except FileExistsError:
        pass


def move_and_back():
    shutil.move(os.path.join(SRC, "dir2"), os.path.join(WORK, "moved"))
    shutil.move(os.path.join(WORK, "moved"), os.path.join(SRC, "dir2"))


def rmtree_missing():
    shutil.rmtree(os.path.join(WORK, "missing"), ignore_errors=True)
    try:
        shutil.rmtree(os.path.join(WORK, "missing"))
    except FileNotFoundError:
        pass


def disk_usage_which():
    shutil.disk_usage(WORK)
    shutil.which("sh")


CSV_PATH = os.path.join(WORK, "table.csv")


def csv_write_read():
    with open(CSV_PATH, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["id", "name"])
        writer.writeheader()
        writer.writerows({"id": i, "name": f"n,{i}"} for i in range(50))
    with open(CSV_PATH, newline="") as f:
        assert len(list(csv.DictReader(f))) == 50


def csv_partial_read_with_error():
    try:
        with open(CSV_PATH, newline="") as f:
            for row in csv.reader(f):
                if row[0] == "3":
                    raise LookupError(row)
    except LookupError:
        pass


def csv_strict_error():
    with open(os.path.join(WORK, "bad.csv"), "w", newline="") as f:
        f.write('a,"b\n')
    try:
        with open(os.path.join(WORK, "bad.csv"), newline="") as f:
            list(csv.reader(f, strict=True))
    except csv.Error:
        pass


def logging_file_handler():
    logger = logging.getLogger("fdtest")
    logger.propagate = False
    handler = logging.FileHandler(os.path.join(WORK, "app.log"), encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.warning("written %d", 1)
    logger.removeHandler(handler)
    handler.close()


def logging_delayed_handler():
    handler = logging.FileHandler(os.path.join(WORK, "never.log"), delay=True)
    handler.close()
    handler = logging.FileHandler(os.path.join(WORK, "delayed.log"), mode="w", delay=True)
    handler.emit(logging.makeLogRecord({"msg": "opened on first emit", "levelname": "INFO"}))
    handler.close()


for func in (copyfile_copy2, copytree_rmtree, copytree_existing_fails, move_and_back, rmtree_missing, disk_usage_which,
             csv_write_read, csv_partial_read_with_error, csv_strict_error, logging_file_handler,
             logging_delayed_handler):
    check(func.__name__, func, times=20)
with open(os.path.join(WORK, "app.log"), encoding="utf-8") as f:
    print("app.log lines:", len(f.readlines()), "ok")
print("never.log exists:", os.path.exists(os.path.join(WORK, "never.log")))
shutil.rmtree(WORK)
