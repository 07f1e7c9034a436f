# glob.escape quotes the magic characters so that odd file names can be matched literally
import glob
import os

HERE = '_tmp_escape_magic'


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
    make('report[2023].txt', 'report2.txt', 'what?.md', 'star*.log', 'normal.txt', 'dir[1]/inner.txt')
    for name in ['report[2023].txt', 'what?.md', 'star*.log', 'normal.txt', 'dir[1]/inner.txt', '[]', '***']:
        print(repr(name), repr(glob.escape(name)), glob.has_magic(name), glob.has_magic(glob.escape(name)))
    show('report[2023].txt')
    show(glob.escape('report[2023].txt'))
    show(glob.escape('star*') + '.log')
    show(glob.escape('dir[1]') + '/*')
    show('what[?].md')
    print(glob.escape(b'a*b?[c]'), glob.has_magic(b'plain'), glob.has_magic(b'x[y]'))
finally:
    os.chdir("..")
    remove_tree(HERE)
