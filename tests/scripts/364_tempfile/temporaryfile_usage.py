# tempfile.TemporaryFile: an anonymous file, gone from the directory as soon as it is created
import os

HERE = '_tmp_temporaryfile_usage'


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
    with tempfile.TemporaryFile() as f:
        f.write(b'scratch data\n' * 3)
        f.seek(0)
        print(f.readline(), len(f.read()), type(f.name).__name__, f.name == f.fileno())
        print(os.listdir(tempfile.gettempdir()), f.closed)
    print(f.closed)
    with tempfile.TemporaryFile('w+', encoding='utf-8') as f:
        f.write('naïve café\n')
        f.write('second\n')
        f.seek(0)
        print(f.read().splitlines(), f.mode)
    f = tempfile.TemporaryFile(mode='wb', suffix='.x', prefix='p', dir=HERE)
    print(f.write(b'abc'), f.tell())
    f.close()
    print(os.listdir(HERE))
finally:
    remove_tree(HERE)
