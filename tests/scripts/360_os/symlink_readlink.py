# symbolic links: os.symlink, os.readlink, os.path.islink, relative targets
import os
import stat

HERE = '_tmp_symlink_readlink'


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
    os.makedirs('releases/v1')
    os.makedirs('releases/v2')
    write('releases/v2/app.txt', 'version 2')
    os.symlink('releases/v1', 'current')
    print(os.readlink('current'), os.path.islink('current'), os.path.isdir('current'))
    os.unlink('current')
    os.symlink('releases/v2', 'current')
    print(os.readlink('current'), open('current/app.txt').read())
    os.symlink('../v2/app.txt', 'releases/v1/app.txt')
    print(os.readlink('releases/v1/app.txt'), open('releases/v1/app.txt').read())
    print(os.readlink(b'current'), type(os.readlink(b'current')).__name__)
    os.symlink('no/such/place', 'broken')
    print(os.path.exists('broken'), os.path.lexists('broken'), os.readlink('broken'))
    attempt('exists', lambda: os.symlink('x', 'current'))
    attempt('readlink file', lambda: os.readlink('releases/v2/app.txt'))
    attempt('readlink missing', lambda: os.readlink('nothing'))
    attempt('bad dst', lambda: os.symlink('x', None))
    os.symlink('releases', 'dirlink', target_is_directory=True)
    print(sorted(os.listdir('dirlink')))
finally:
    os.chdir("..")
    remove_tree(HERE)
