# a DirEntry is os.PathLike: it works wherever a path does
import os

HERE = '_tmp_direntry_fspath'


def remove_tree(path):
    for entry in os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            remove_tree(entry.path)
        else:
            os.unlink(entry.path)
    os.rmdir(path)


if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    os.mkdir('docs')
    with open('docs/readme.txt', 'w') as f:
        f.write('read me first')
    entry = next(os.scandir('docs'))
    print(repr(entry), entry.name, entry.path, os.fspath(entry))
    print(isinstance(entry, os.DirEntry), isinstance(entry, os.PathLike), type(entry).__name__)
    print(os.path.join(entry, 'x'), os.path.basename(entry), os.path.splitext(entry))
    with open(entry) as f:
        print(f.read())
    print(os.stat(entry).st_size, os.path.getsize(entry), os.path.exists(entry))
    try:
        os.DirEntry()
    except TypeError as e:
        print(type(e).__name__, e)
    bentry = next(os.scandir(b'docs'))
    print(repr(bentry), os.fspath(bentry))
finally:
    os.chdir('..')
    remove_tree(HERE)
