# glob with *, ? and [...] in one directory
import glob
import os

HERE = '_tmp_wildcards'


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
    make('main.py', 'util.py', 'test_main.py', 'README.md', 'data1.csv', 'data2.csv', 'data10.csv', 'Makefile',
         'notes.txt', 'src/')
    for pattern in ['*', '*.py', 'test_*', 'data?.csv', 'data*.csv', 'data[0-9].csv', 'data[!1].csv', '[A-Z]*',
                    '*.[ct]*', '*e*', '?????', 'no_match*', 'main.py', 'missing.py', '*/', 's*/']:
        show(pattern)
finally:
    os.chdir("..")
    remove_tree(HERE)
