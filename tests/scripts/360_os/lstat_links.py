# os.lstat looks at a symlink itself, os.stat at what it points to
import os
import stat

HERE = '_tmp_lstat_links'


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
    write('target.txt', 'twelve chars')
    os.symlink('target.txt', 'link')
    os.symlink('missing', 'dangling')
    for name in ['target.txt', 'link', 'dangling']:
        lst = os.lstat(name)
        print(name, stat.S_ISLNK(lst.st_mode), stat.S_ISREG(lst.st_mode), lst.st_size)
    print(os.stat('link').st_size, stat.S_ISREG(os.stat('link').st_mode))
    print(os.stat('link', follow_symlinks=False) == os.lstat('link'))
    print(stat.filemode(os.lstat('link').st_mode)[0], stat.filemode(os.stat('link').st_mode)[0])
    attempt('stat dangling', lambda: os.stat('dangling'))
    attempt('lstat missing', lambda: os.lstat('nothing'))
    os.symlink('loop', 'loop')
    attempt('stat loop', lambda: os.stat('loop'))
    print(stat.S_ISLNK(os.lstat('loop').st_mode))
finally:
    os.chdir("..")
    remove_tree(HERE)
