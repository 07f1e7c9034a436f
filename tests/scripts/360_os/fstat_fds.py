# os.fstat on descriptors and open files
import os
import stat

HERE = '_tmp_fstat_fds'


def remove_tree(path):
    for entry in os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            remove_tree(entry.path)
        else:
            os.unlink(entry.path)
    os.rmdir(path)


def write(name, text=''):
    with open(name, 'w') as f:
        f.write(text)


def attempt(label, action):
    try:
        result = action()
        print(label, 'ok', '' if result is None else result)
    except (OSError, TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    fd = os.open('grow.bin', os.O_RDWR | os.O_CREAT, 0o644)
    print(os.fstat(fd).st_size)
    os.write(fd, b'0123456789')
    print(os.fstat(fd).st_size, stat.S_ISREG(os.fstat(fd).st_mode))
    print(os.fstat(fd).st_ino == os.stat('grow.bin').st_ino)
    os.close(fd)
    with open('grow.bin', 'rb') as f:
        print(os.fstat(f.fileno()).st_size, os.stat(f.fileno()).st_size)
    dfd = os.open('.', os.O_RDONLY)
    print(stat.S_ISDIR(os.fstat(dfd).st_mode))
    os.close(dfd)
    r, w = os.pipe()
    print(stat.S_ISFIFO(os.fstat(r).st_mode))
    os.close(r)
    os.close(w)
    attempt('closed fd', lambda: os.fstat(fd))
    attempt('str', lambda: os.fstat('grow.bin'))
finally:
    os.chdir("..")
    remove_tree(HERE)
