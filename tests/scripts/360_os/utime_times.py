# os.utime: fixed access/modification times in seconds or nanoseconds
import os
import stat

HERE = '_tmp_utime_times'


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
    write('log.txt', 'entry')
    os.utime('log.txt', (86400, 172800))
    st = os.stat('log.txt')
    print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns)
    os.utime('log.txt', ns=(1_000_000_001, 2_500_000_000))
    st = os.stat('log.txt')
    print(st.st_atime_ns, st.st_mtime_ns, st.st_mtime)
    os.utime('log.txt', (10.25, 20.5))
    print(os.stat('log.txt').st_atime, os.path.getmtime('log.txt'))
    fd = os.open('log.txt', os.O_RDONLY)
    os.utime(fd, (300, 400))
    os.close(fd)
    print(os.stat('log.txt').st_mtime)
    os.utime('log.txt')  # now: only check that it moved forward
    print(os.stat('log.txt').st_mtime > 400)
    # sort files by their (fixed) modification time
    for i, name in enumerate(['c.txt', 'a.txt', 'b.txt']):
        write(name)
        os.utime(name, (0, 1000 - i * 100))
    print(sorted(['a.txt', 'b.txt', 'c.txt'], key=os.path.getmtime))
    attempt('both', lambda: os.utime('log.txt', (1, 2), ns=(1, 2)))
    attempt('ns not ints', lambda: os.utime('log.txt', ns=(1.5, 2)))
finally:
    os.chdir("..")
    remove_tree(HERE)
