# tempfile.mkdtemp makes a private directory; its name is joined to dir as given
import os

HERE = '_tmp_mkdtemp_basics'


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
    path = tempfile.mkdtemp()
    print(os.path.isdir(path), os.path.dirname(path) == tempfile.gettempdir(), oct(stat.S_IMODE(os.stat(path).st_mode)))
    print(os.path.basename(path).startswith('tmp'), len(os.path.basename(path)), os.listdir(path))
    rel = tempfile.mkdtemp(prefix='job-', suffix='.d', dir=HERE)
    print(rel.startswith(os.path.join(HERE, 'job-')), rel.endswith('.d'), os.path.isabs(rel), len(os.path.basename(rel)))
    brel = tempfile.mkdtemp(dir=HERE.encode())
    print(type(brel).__name__, os.path.isdir(brel))
    names = {tempfile.mkdtemp(dir=path) for _ in range(25)}
    print(len(names), len(os.listdir(path)))
    try:
        tempfile.mkdtemp(dir=os.path.join(HERE, 'nowhere'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)
finally:
    remove_tree(HERE)
