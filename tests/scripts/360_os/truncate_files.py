# os.truncate and os.ftruncate shorten or extend files
import os
import stat

HERE = '_tmp_truncate_files'


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
    except (OSError, TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    write('log.txt', 'line 1\nline 2\nline 3\n')
    os.truncate('log.txt', 7)
    print(repr(open('log.txt').read()))
    os.truncate('log.txt', 10)
    with open('log.txt', 'rb') as f:
        print(f.read())
    os.truncate(b'log.txt', 0)
    print(os.path.getsize('log.txt'))
    fd = os.open('log.txt', os.O_RDWR)
    os.write(fd, b'abcdef')
    os.ftruncate(fd, 3)
    os.truncate(fd, 2)
    os.lseek(fd, 0, os.SEEK_SET)
    print(os.read(fd, 100), os.fstat(fd).st_size)
    os.close(fd)
    os.mkdir('dir')
    attempt('missing', lambda: os.truncate('missing.txt', 0))
    attempt('dir', lambda: os.truncate('dir', 0))
    attempt('negative', lambda: os.truncate('log.txt', -1))
    attempt('str length', lambda: os.truncate('log.txt', '1'))
    attempt('closed fd', lambda: os.ftruncate(fd, 0))
finally:
    os.chdir("..")
    remove_tree(HERE)
