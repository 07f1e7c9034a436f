# glob's root_dir: patterns (and results) are relative to another directory
import glob
import os

HERE = '_tmp_root_dir_option'


def remove_tree(path):
    for entry in os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            remove_tree(entry.path)
        else:
            os.unlink(entry.path)
    os.rmdir(path)


def make(*names):
    for name in names:
        if name.endswith('/'):
            os.makedirs(name, exist_ok=True)
        else:
            os.makedirs(os.path.dirname(name) or '.', exist_ok=True)
            open(name, 'w').close()


def show(pattern, **kwargs):
    extra = ''.join(f', {k}={v!r}' for k, v in kwargs.items())
    print(f'glob({pattern!r}{extra})', sorted(glob.glob(pattern, **kwargs)))


if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    make('project/src/a.py', 'project/src/b.py', 'project/tests/test_a.py', 'project/setup.cfg', 'project/.hidden')
    for pattern in ['*', '*/*.py', 'src/*.py', '**/*.py', '.*', 'setup.cfg', 'missing*', 'src/']:
        print(pattern, sorted(glob.glob(pattern, root_dir='project')))
    print(sorted(glob.glob('**', root_dir='project', recursive=True)))
    print(sorted(glob.glob('*.py', root_dir='project/src')))
    print(sorted(glob.glob(b'*', root_dir=b'project/src')))
    try:
        glob.glob('*', root_dir=b'project/src')
    except TypeError as e:
        print(type(e).__name__, e)
    print(glob.glob('*', root_dir='no_such_dir'))


    class Where:
        def __fspath__(self):
            return 'project/tests'

    print(glob.glob('*.py', root_dir=Where()))
finally:
    os.chdir("..")
    remove_tree(HERE)
