# os.umask: returns the previous mask; new files and directories get mode & ~umask
import os
import stat

HERE = '_tmp_umask_effect'


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
    original = os.umask(0o022)
    print(oct(os.umask(0o022)))
    for mask in [0o022, 0o077, 0o002, 0o000]:
        os.umask(mask)
        name = 'f%03o' % mask
        fd = os.open(name, os.O_CREAT | os.O_WRONLY, 0o666)
        os.close(fd)
        os.mkdir(name + '.d')
        print(oct(mask), oct(stat.S_IMODE(os.stat(name).st_mode)), oct(stat.S_IMODE(os.stat(name + '.d').st_mode)))
    print(oct(os.umask(0o022)))
    with open('via_open.txt', 'w'):
        pass
    print(oct(stat.S_IMODE(os.stat('via_open.txt').st_mode)))
    attempt('bad', lambda: os.umask('022'))
    os.umask(original)
finally:
    os.chdir("..")
    remove_tree(HERE)
