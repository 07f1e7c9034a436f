# glob with dir_fd: names are looked up relative to an open directory descriptor
import glob
import os

HERE = '_tmp_dir_fd_option'


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
    make('base/one.txt', 'base/two.txt', 'base/sub/three.txt', 'base/sub/deeper/four.txt')
    fd = os.open('base', os.O_RDONLY)
    try:
        print(sorted(glob.glob('*.txt', dir_fd=fd)))
        print(sorted(glob.glob('sub/*', dir_fd=fd)))
        print(sorted(glob.glob('**/*.txt', dir_fd=fd, recursive=True)))
        print(sorted(glob.glob('one.txt', dir_fd=fd)), glob.glob('none.txt', dir_fd=fd), glob.glob('sub/', dir_fd=fd))
        print(sorted(glob.glob(b'sub/*', dir_fd=fd)))
        print(sorted(glob.glob('*.txt', root_dir='sub', dir_fd=fd)))
    finally:
        os.close(fd)
finally:
    os.chdir("..")
    remove_tree(HERE)
