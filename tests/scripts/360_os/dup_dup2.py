# os.dup and os.dup2: several descriptors for one open file share its position
import os
import stat

HERE = '_tmp_dup_dup2'


def remove_tree(path):
    for entry in os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            remove_tree(entry.path)
        else:
            os.unlink(entry.path)
    os.rmdir(path)


def attempt(label, action):
    try:
        result = action()
        print(label, 'ok', '' if result is None else result)
    except (OSError, TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    fd = os.open('shared.txt', os.O_RDWR | os.O_CREAT, 0o644)
    os.write(fd, b'0123456789')
    copy = os.dup(fd)
    print(copy != fd, os.get_inheritable(copy))
    os.lseek(fd, 2, os.SEEK_SET)
    print(os.read(copy, 3), os.lseek(fd, 0, os.SEEK_CUR))
    other = os.open('other.txt', os.O_RDWR | os.O_CREAT, 0o644)
    print(os.dup2(fd, other) == other)
    print(os.read(other, 2))
    print(os.dup2(fd, other, inheritable=False) == other, os.get_inheritable(other))
    for d in (fd, copy, other):
        os.close(d)
    attempt('dup closed', lambda: os.dup(fd))
    attempt('dup2 closed', lambda: os.dup2(fd, 100))
    attempt('dup2 str', lambda: os.dup2('1', 100))
finally:
    os.chdir("..")
    remove_tree(HERE)
