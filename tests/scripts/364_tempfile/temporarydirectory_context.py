# TemporaryDirectory: a context manager that yields the directory's name and removes it afterwards
import os

HERE = '_tmp_temporarydirectory_context'


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
    with tempfile.TemporaryDirectory() as path:
        print(type(path).__name__, os.path.isdir(path), os.path.dirname(path) == tempfile.gettempdir())
        os.makedirs(os.path.join(path, 'a', 'b'))
        with open(os.path.join(path, 'a', 'b', 'data.txt'), 'w') as f:
            f.write('payload')
        os.symlink('a', os.path.join(path, 'link'))
        print(sorted(os.listdir(path)))
    print(os.path.exists(path), os.listdir(HERE))
    t = tempfile.TemporaryDirectory(prefix='build-', suffix='.tmp', dir=HERE)
    print(repr(t) == f'<TemporaryDirectory {t.name!r}>', repr(t).startswith('<TemporaryDirectory '))
    print(os.path.basename(t.name).startswith('build-'), t.name.endswith('.tmp'), t.name.startswith(HERE))
    with t as name:
        print(name == t.name)
    print(os.path.exists(t.name))
    t.cleanup()
    t2 = tempfile.TemporaryDirectory()
    kept = t2.name
    t2.cleanup()
    t2.cleanup()
    print(os.path.exists(kept))
    t3 = tempfile.TemporaryDirectory()
    gone = t3.name
    del t3  # the directory goes with the object
    print(os.path.exists(gone), os.listdir(HERE))
    try:
        with tempfile.TemporaryDirectory() as path:
            raise KeyError('inside')
    except KeyError as e:
        print('KeyError', e, os.path.exists(path))
finally:
    remove_tree(HERE)
