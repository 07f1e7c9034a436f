# os.chmod and stat.filemode: permission bits as numbers and as ls shows them
import os
import stat

HERE = '_tmp_chmod_modes'


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
    write('notes.txt')
    os.mkdir('shared')
    for mode in [0o600, 0o644, 0o755, 0o400, 0o000, 0o4755, 0o1777]:
        os.chmod('notes.txt', mode)
        st = os.stat('notes.txt')
        print(oct(mode), oct(stat.S_IMODE(st.st_mode)), stat.filemode(st.st_mode))
    os.chmod('shared', 0o2775)
    print(stat.filemode(os.stat('shared').st_mode), oct(os.stat('shared').st_mode))
    os.chmod('notes.txt', stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP)
    print(oct(stat.S_IMODE(os.stat('notes.txt').st_mode)))
    fd = os.open('notes.txt', os.O_RDONLY)
    os.chmod(fd, 0o604)
    os.close(fd)
    print(oct(stat.S_IMODE(os.stat('notes.txt').st_mode)))
    os.symlink('notes.txt', 'link')
    os.chmod('link', 0o640)  # follows the link
    print(oct(stat.S_IMODE(os.stat('notes.txt').st_mode)))
    attempt('missing', lambda: os.chmod('missing', 0o644))
    attempt('str mode', lambda: os.chmod('notes.txt', '644'))
    attempt('no mode', lambda: os.chmod('notes.txt'))
finally:
    os.chdir("..")
    remove_tree(HERE)
