# NamedTemporaryFile(delete=False) keeps the file; with delete=True an exception still removes it
import os

HERE = '_tmp_namedtemporaryfile_delete'


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
    with tempfile.NamedTemporaryFile('w', delete=False, suffix='.cfg', dir=HERE) as f:
        f.write('key = value\n')
        kept = f.name
    print(f.closed, os.path.exists(kept), os.path.isabs(kept))
    with open(kept) as g:
        print(g.read().strip())
    os.unlink(kept)
    try:
        with tempfile.NamedTemporaryFile() as f:
            doomed = f.name
            f.write(b'partial')
            raise ValueError('processing failed')
    except ValueError as e:
        print('caught:', e, os.path.exists(doomed))
    f = tempfile.NamedTemporaryFile(delete=False)
    f.close()
    print(os.path.exists(f.name))
    os.remove(f.name)
    f = tempfile.NamedTemporaryFile()
    os.remove(f.name)  # removed behind its back: close() reports it
    try:
        f.close()
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)
    print(os.listdir(HERE))
finally:
    remove_tree(HERE)
