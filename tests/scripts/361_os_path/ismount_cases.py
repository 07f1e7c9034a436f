# os.path.ismount: '/' is a mount point; ordinary folders and missing paths are not
import os

HERE = '_tmp_ismount_cases'


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


if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    os.mkdir('sub')
    write('file')
    os.symlink('/', 'root_link')
    for p in ['/', b'/', 'sub', 'file', 'missing', '.', 'root_link', '/nonexistent-path-for-test']:
        print(repr(p), os.path.ismount(p))
    for bad in [None, 3.5]:
        try:
            os.path.ismount(bad)
        except TypeError as e:
            print(type(e).__name__, e)
finally:
    os.chdir("..")
    remove_tree(HERE)
