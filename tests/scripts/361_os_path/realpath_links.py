# os.path.realpath resolves symlinks (printed relative to the working directory)
import os

HERE = '_tmp_realpath_links'


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
    os.makedirs('real/deep')
    write('real/deep/file.txt')
    os.symlink('real', 'alias')
    os.symlink('alias/deep', 'chain')
    os.symlink('../real/deep/file.txt', 'real/up')
    os.symlink('nowhere', 'dangling')
    os.symlink('loop_b', 'loop_a')
    os.symlink('loop_a', 'loop_b')
    here = os.getcwd()
    for p in ['real', 'alias', 'alias/deep/file.txt', 'chain', 'chain/../deep', 'real/up', 'dangling',
              'missing/x', 'alias/../real', '.', 'loop_a', 'loop_a/x']:
        print(f'{p!r:22} {os.path.relpath(os.path.realpath(p), here)!r}')
    print(os.path.realpath(b'alias') == os.fsencode(os.path.join(here, 'real')))
    print(os.path.realpath('/'), os.path.realpath('//'), os.path.realpath('/..'), os.path.realpath(b'///'))
    for p in ['dangling', 'loop_a', 'missing']:
        try:
            os.path.realpath(p, strict=True)
        except OSError as e:
            print(p, type(e).__name__, e.errno)
    print(os.path.relpath(os.path.realpath('chain', strict=True), here))
    try:
        os.path.realpath(None)
    except TypeError as e:
        print(type(e).__name__, e)
finally:
    os.chdir("..")
    remove_tree(HERE)
