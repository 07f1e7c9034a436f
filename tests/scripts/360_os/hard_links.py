# hard links: os.link shares one inode between names
import os
import stat

HERE = '_tmp_hard_links'


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
    write('original.txt', 'shared')
    os.link('original.txt', 'copy.txt')
    a, b = os.stat('original.txt'), os.stat('copy.txt')
    print(a.st_ino == b.st_ino, a.st_nlink, b.st_nlink, os.path.samefile('original.txt', 'copy.txt'))
    with open('copy.txt', 'a') as f:
        f.write(' and changed')
    print(open('original.txt').read())
    os.remove('original.txt')
    print(os.stat('copy.txt').st_nlink, open('copy.txt').read())
    attempt('exists', lambda: os.link('copy.txt', 'copy.txt'))
    attempt('missing', lambda: os.link('original.txt', 'x.txt'))
    os.mkdir('d')
    attempt('dir', lambda: os.link('d', 'd2'))
finally:
    os.chdir("..")
    remove_tree(HERE)
