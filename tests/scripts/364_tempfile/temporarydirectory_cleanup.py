# TemporaryDirectory cleanup when the contents change underneath it
import os

HERE = '_tmp_temporarydirectory_cleanup'


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
    t = tempfile.TemporaryDirectory(dir=HERE)
    os.rmdir(t.name)  # already gone: cleanup is quiet
    t.cleanup()
    print(os.path.exists(t.name))
    t = tempfile.TemporaryDirectory(ignore_cleanup_errors=True)
    inner = os.path.join(t.name, 'deep', 'er')
    os.makedirs(inner)
    for i in range(5):
        with open(os.path.join(inner, f'f{i}'), 'w') as f:
            f.write(str(i))
    t.cleanup()
    print(os.path.exists(t.name))
    with tempfile.TemporaryDirectory() as outer:
        with tempfile.TemporaryDirectory(dir=outer) as nested:
            print(os.path.dirname(nested) == outer)
        print(os.listdir(outer))
    print(os.listdir(HERE))
finally:
    remove_tree(HERE)
