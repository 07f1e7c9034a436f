# os.path.exists and lexists: never raise for bad names, lexists also sees dangling links
import os

HERE = '_tmp_exists_lexists'


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
    write('file.txt')
    os.mkdir('dir')
    os.symlink('file.txt', 'good_link')
    os.symlink('gone', 'bad_link')
    for p in ['file.txt', 'dir', 'dir/', 'good_link', 'bad_link', 'missing', '', '.', 'file.txt/', 'file.txt/x',
              'a\0b', b'file.txt', b'bad_link', b'']:
        print(f'{p!r:14} exists={os.path.exists(p)!s:5} lexists={os.path.lexists(p)}')
    print(os.path.exists(0), os.path.exists(999))  # descriptors: only exists() takes them
    try:
        os.path.lexists(0)
    except TypeError as e:
        print(type(e).__name__, e)
    for bad in [None, 1.5, ['file.txt']]:
        for fn in (os.path.exists, os.path.lexists):
            try:
                fn(bad)
            except TypeError as e:
                print(fn.__name__, type(e).__name__, e)
finally:
    os.chdir("..")
    remove_tree(HERE)
