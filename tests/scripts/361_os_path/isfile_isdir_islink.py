# os.path.isfile / isdir / islink for each kind of entry
import os

HERE = '_tmp_isfile_isdir_islink'


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
    write('f')
    os.mkdir('d')
    os.symlink('f', 'lf')
    os.symlink('d', 'ld')
    os.symlink('x', 'lx')
    print('name       isfile isdir  islink')
    for p in ['f', 'd', 'lf', 'ld', 'lx', 'missing', '', '.', '..', 'd/', 'lf/', 'ld/', 'f\0', b'd', b'lf']:
        print(f'{p!r:10} {os.path.isfile(p)!s:6} {os.path.isdir(p)!s:6} {os.path.islink(p)}')
    fd = os.open('d', os.O_RDONLY)
    print(os.path.isdir(fd), os.path.isfile(fd))
    try:
        os.path.islink(fd)
    except TypeError as e:
        print(type(e).__name__, e)
    os.close(fd)
    for bad in [None, 2.5]:
        for fn in (os.path.isfile, os.path.isdir, os.path.islink):
            try:
                fn(bad)
            except TypeError as e:
                print(fn.__name__, type(e).__name__, e)
finally:
    os.chdir("..")
    remove_tree(HERE)
