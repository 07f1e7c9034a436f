# low-level file I/O with descriptors: os.open, os.write, os.lseek, os.read, os.close
import os
import stat

HERE = '_tmp_fd_read_write'


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
    fd = os.open('records.dat', os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
    print(type(fd).__name__, fd > 2)
    for record in [b'alpha;', b'beta;', bytearray(b'gamma;'), memoryview(b'delta;')]:
        print('wrote', os.write(fd, record))
    print('position', os.lseek(fd, 0, os.SEEK_CUR))
    print('start', os.lseek(fd, 0, os.SEEK_SET))
    print(os.read(fd, 6), os.read(fd, 5))
    print('back 6 from end', os.lseek(fd, -6, os.SEEK_END), os.read(fd, 100))
    print('at end', os.read(fd, 10))
    os.lseek(fd, 6, os.SEEK_SET)
    os.write(fd, b'BETA')
    os.lseek(fd, 0, 0)
    print(os.read(fd, 1000).split(b';'))
    print(os.lseek(fd, 100, os.SEEK_SET), os.fstat(fd).st_size)
    os.write(fd, b'!')
    print(os.fstat(fd).st_size)
    os.lseek(fd, 23, os.SEEK_SET)
    print(os.read(fd, 3))
    os.close(fd)
    attempt('read closed', lambda: os.read(fd, 1))
    attempt('write closed', lambda: os.write(fd, b'x'))
    attempt('close closed', lambda: os.close(fd))
    attempt('lseek closed', lambda: os.lseek(fd, 0, 0))
    attempt('write str', lambda: os.write(1, 'text'))
    attempt('read negative', lambda: os.read(0, -1))
    attempt('read str fd', lambda: os.read('0', 1))
    print(os.read(0, 10))  # stdin is /dev/null
finally:
    os.chdir("..")
    remove_tree(HERE)
