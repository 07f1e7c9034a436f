# hidden names (starting with a dot) are only matched by patterns that start with a dot, or include_hidden
import glob
import os

HERE = '_tmp_hidden_files'


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
    make('.env', '.gitignore', 'visible.txt', '.config/settings.ini', 'dir/.secret', 'dir/shown', '.hidden_dir/')
    for pattern in ['*', '.*', '*/*', '.*/*', 'dir/*', 'dir/.*', '?env', '[.]env', '.env', 'dir/.secret']:
        show(pattern)
    show('*', include_hidden=True)
    show('*/*', include_hidden=True)
    show('dir/?secret', include_hidden=True)
finally:
    os.chdir("..")
    remove_tree(HERE)
