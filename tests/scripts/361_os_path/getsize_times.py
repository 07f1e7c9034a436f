# getsize and the time getters (times fixed with os.utime)
import os

HERE = '_tmp_getsize_times'


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


if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    write('small.txt', 'hello')
    with open('bin.dat', 'wb') as f:
        f.write(bytes(range(256)) * 4)
    write('empty.txt')
    os.utime('small.txt', (1_000_000, 2_000_000))
    for name in ['small.txt', 'bin.dat', 'empty.txt']:
        print(name, os.path.getsize(name), os.path.getsize(name.encode()))
    print(os.path.getatime('small.txt'), os.path.getmtime('small.txt'), type(os.path.getctime('small.txt')).__name__)
    print(os.path.getmtime(b'small.txt') == os.stat('small.txt').st_mtime)
    os.symlink('small.txt', 'link')
    print(os.path.getsize('link'), os.path.getmtime('link'))
    files = ['small.txt', 'bin.dat', 'empty.txt']
    print(sorted(files, key=os.path.getsize), sum(map(os.path.getsize, files)))
    for fn in (os.path.getsize, os.path.getmtime, os.path.getatime, os.path.getctime):
        try:
            fn('missing')
        except OSError as e:
            print(fn.__name__, type(e).__name__, e)
    try:
        os.path.getsize(None)
    except TypeError as e:
        print(type(e).__name__, e)
finally:
    os.chdir("..")
    remove_tree(HERE)
