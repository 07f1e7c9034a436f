# the random part of temporary names: 8 characters from a-z, 0-9 and _, different every time
import os

HERE = '_tmp_random_names'


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
os.environ['TMPDIR'] = os.path.abspath(HERE)  # every temporary file of this test goes there
import tempfile
try:
    alphabet = set('abcdefghijklmnopqrstuvwxyz0123456789_')
    names = []
    for _ in range(60):
        fd, name = tempfile.mkstemp(prefix='', dir=HERE)
        os.close(fd)
        names.append(os.path.basename(name))
    names += [os.path.basename(tempfile.mkdtemp(prefix='', dir=HERE)) for _ in range(40)]
    print(len(names), len(set(names)), set(map(len, names)), all(set(n) <= alphabet for n in names))
    print(len(os.listdir(HERE)))
    seen = set(''.join(names))
    print(len(seen) > 20, seen <= alphabet)
finally:
    remove_tree(HERE)
