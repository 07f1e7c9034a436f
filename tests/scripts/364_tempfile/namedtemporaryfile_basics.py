# tempfile.NamedTemporaryFile: a real name that other code can open; deleted when closed
import os

HERE = '_tmp_namedtemporaryfile_basics'


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
    f = tempfile.NamedTemporaryFile()
    print(os.path.dirname(f.name) == tempfile.gettempdir(), os.path.basename(f.name).startswith('tmp'))
    print(os.path.exists(f.name), f.file.name == f.name, f.delete, f.closed, type(f.file).__name__)
    f.write(b'hello ')
    f.write(b'world')
    f.flush()
    with open(f.name, 'rb') as other:
        print(other.read())
    f.seek(0)
    print(f.read(), f.tell())
    name = f.name
    f.close()
    print(os.path.exists(name), f.closed)
    f.close()  # a second close does nothing
    with tempfile.NamedTemporaryFile('w+', suffix='.txt', prefix='notes_') as t:
        print(type(t).__name__, t.name.endswith('.txt'), os.path.basename(t.name).startswith('notes_'))
        t.write('one\ntwo\nthree\n')
        t.seek(0)
        print([line.strip() for line in t])
        name = t.name
    print(os.path.exists(name), t.closed)
    print(os.listdir(tempfile.gettempdir()))
finally:
    remove_tree(HERE)
