# open flags for os.open: O_EXCL, O_APPEND, O_TRUNC, O_NOFOLLOW, O_DIRECTORY, O_CREAT modes
import os
import stat

HERE = '_tmp_open_flags'


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
    fd = os.open('lock', os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    attempt('O_EXCL again', lambda: os.open('lock', os.O_WRONLY | os.O_CREAT | os.O_EXCL))
    write('journal.txt', 'start|')
    for entry in [b'one|', b'two|']:
        fd = os.open('journal.txt', os.O_WRONLY | os.O_APPEND)
        os.lseek(fd, 0, os.SEEK_SET)  # O_APPEND writes at the end anyway
        os.write(fd, entry)
        os.close(fd)
    print(open('journal.txt').read())
    fd = os.open('journal.txt', os.O_WRONLY | os.O_TRUNC)
    os.close(fd)
    print(os.path.getsize('journal.txt'))
    os.symlink('journal.txt', 'link')
    attempt('O_NOFOLLOW link', lambda: os.open('link', os.O_RDONLY | os.O_NOFOLLOW))
    attempt('O_DIRECTORY file', lambda: os.open('journal.txt', os.O_RDONLY | os.O_DIRECTORY))
    fd = os.open('.', os.O_RDONLY | os.O_DIRECTORY)
    print(stat.S_ISDIR(os.fstat(fd).st_mode))
    os.close(fd)
    attempt('no O_CREAT', lambda: os.open('absent', os.O_RDONLY))
    attempt('write to dir', lambda: os.open('.', os.O_WRONLY))
    attempt('read-only write', lambda: os.write(os.open('journal.txt', os.O_RDONLY), b'x'))
    attempt('flags str', lambda: os.open('journal.txt', 'r'))
    attempt('path int-like', lambda: os.open(3.0, os.O_RDONLY))
finally:
    os.chdir("..")
    remove_tree(HERE)
