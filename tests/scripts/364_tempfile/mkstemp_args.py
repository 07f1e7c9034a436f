# mkstemp's suffix, prefix and dir arguments; bytes arguments give bytes names
import os

HERE = '_tmp_mkstemp_args'


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
    os.mkdir(os.path.join(HERE, 'sub'))
    fd, name = tempfile.mkstemp(suffix='.csv', prefix='report_', dir=os.path.join(HERE, 'sub'))
    os.close(fd)
    base = os.path.basename(name)
    print(base.startswith('report_'), base.endswith('.csv'), len(base), os.path.isabs(name))
    print(os.path.dirname(name) == os.path.abspath(os.path.join(HERE, 'sub')))
    fd, bname = tempfile.mkstemp(suffix=b'.bin')
    os.close(fd)
    print(type(bname).__name__, bname.endswith(b'.bin'), os.path.basename(bname).startswith(b'tmp'))
    fd, name = tempfile.mkstemp(prefix='', suffix='')
    os.close(fd)
    print(len(os.path.basename(name)))
    for kwargs in [dict(suffix=b'x', prefix='y'), dict(prefix='p', dir=b'.'), dict(suffix='s', dir=b'.')]:
        try:
            tempfile.mkstemp(**kwargs)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        tempfile.mkstemp(dir=os.path.join(HERE, 'missing'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)
    print(len(os.listdir(os.path.join(HERE, 'sub'))), len(os.listdir(HERE)))
finally:
    remove_tree(HERE)
