# patterns with several components: each one is matched in the directories the previous ones found
import glob
import os

HERE = '_tmp_components'


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
    make('app/models/user.py', 'app/models/order.py', 'app/views/home.py', 'app/views/home.html',
         'lib/models/base.py', 'lib/readme.txt', 'app/__init__.py', 'docs/')
    for pattern in ['*/*.py', '*/models/*.py', 'app/*/home.*', '*/*/*', '*/*/', 'a*/v*/*.html', '*/readme.txt',
                    'app/models', 'app/models/', 'app/nothing/*', '*/*/user.py', './app/*.py', 'app/../lib/*.txt',
                    'app//views/*']:
        show(pattern)
finally:
    os.chdir("..")
    remove_tree(HERE)
