# '**' spans directories only with recursive=True
import glob
import os

HERE = '_tmp_recursive_globstar'


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
    make('pkg/__init__.py', 'pkg/core/engine.py', 'pkg/core/deep/more.py', 'pkg/cli.txt', 'top.py',
         'pkg/.cache/x.py', 'empty/')
    show('**')
    show('**', recursive=True)
    show('**/*.py')
    show('**/*.py', recursive=True)
    show('pkg/**', recursive=True)
    show('pkg/**/', recursive=True)
    show('**/', recursive=True)
    show('pkg/**/*.py', recursive=True)
    show('**/core/*', recursive=True)
    show('**/*.py', recursive=True, include_hidden=True)
    show('pkg/**e*', recursive=True)
    show('**/**/engine.py', recursive=True)
finally:
    os.chdir("..")
    remove_tree(HERE)
