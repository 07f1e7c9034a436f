# symlinks: glob lists them (even dangling ones by exact name) and follows linked directories
import glob
import os

HERE = '_tmp_symlinks_in_glob'


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
    make('real/a.txt', 'real/b.txt')
    os.symlink('real', 'linked_dir')
    os.symlink('real/a.txt', 'linked_file.txt')
    os.symlink('nowhere', 'dangling.txt')
    show('*')
    show('*.txt')
    show('linked_dir/*')
    show('*/')
    show('dangling.txt')
    show('dangling.txt/')
    show('**/*.txt', recursive=True)
finally:
    os.chdir("..")
    remove_tree(HERE)
