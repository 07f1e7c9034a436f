# tempfile.mkstemp: an open descriptor and an absolute name (only relations are printed, not the names)
import os

HERE = '_tmp_mkstemp_basics'


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
    import stat
    fd, name = tempfile.mkstemp()
    print(type(fd).__name__, os.path.isabs(name), os.path.dirname(name) == tempfile.gettempdir())
    base = os.path.basename(name)
    print(base.startswith('tmp'), len(base), all(c in 'abcdefghijklmnopqrstuvwxyz0123456789_' for c in base[3:]))
    print(oct(stat.S_IMODE(os.stat(name).st_mode)), os.path.isfile(name), os.path.getsize(name))
    os.write(fd, b'written through the descriptor')
    os.close(fd)
    with open(name, 'rb') as f:
        print(f.read())
    try:
        os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL)
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    fd2, name2 = tempfile.mkstemp(text=True)
    os.close(fd2)
    print(name2 != name, len(os.listdir(tempfile.gettempdir())))
    os.unlink(name)
    os.unlink(name2)
    print(os.listdir(tempfile.gettempdir()))
finally:
    remove_tree(HERE)
