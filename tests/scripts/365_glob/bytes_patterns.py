# bytes patterns give bytes results
import glob
import os

HERE = '_tmp_bytes_patterns'


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
    make('images/cat.png', 'images/dog.jpg', 'images/raw/big.tiff', 'caf\u00e9.txt')
    print(sorted(glob.glob(b'images/*')))
    print(sorted(glob.glob(b'images/*.png')), sorted(glob.glob(b'*/*/*.tiff')))
    print(sorted(glob.glob(b'**/*.jpg', recursive=True)), sorted(glob.glob(b'caf*')))
    print(sorted(glob.glob('caf*')), glob.glob(b'missing/*'))
finally:
    os.chdir("..")
    remove_tree(HERE)
