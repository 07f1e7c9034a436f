# a directory used where a file is needed: IsADirectoryError (and EPERM for hard links)
import errno
import os

HERE = '_tmp_errors_is_a_directory'


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
        action()
        print(f'{label:22} no error')
    except OSError as e:
        print(f'{label:22} {type(e).__name__} {errno.errorcode[e.errno]} {e}')


if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    os.mkdir('folder')
    write('f.txt')
    for label, action in [
        ('open read', lambda: open('folder')), ('open write', lambda: open('folder', 'w')),
        ('open append', lambda: open('folder', 'a')), ('os.open write', lambda: os.open('folder', os.O_WRONLY)),
        ('os.open rdwr', lambda: os.open('folder', os.O_RDWR)), ('unlink', lambda: os.unlink('folder')),
        ('remove', lambda: os.remove('folder')), ('rename file->dir', lambda: os.rename('f.txt', 'folder')),
        ('truncate', lambda: os.truncate('folder', 0)), ('hard link', lambda: os.link('folder', 'folder2')),
    ]:
        attempt(label, action)
    fd = os.open('folder', os.O_RDONLY)
    attempt('read dir fd', lambda: os.read(fd, 10))
    os.close(fd)
    try:
        open('folder', 'rb')
    except IsADirectoryError as e:
        print(e.errno == errno.EISDIR, e.strerror, e.filename)
finally:
    os.chdir("..")
    remove_tree(HERE)
