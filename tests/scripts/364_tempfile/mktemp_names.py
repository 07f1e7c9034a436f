# tempfile.mktemp only proposes a name that does not exist yet
import os

HERE = '_tmp_mktemp_names'


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
    name = tempfile.mktemp()
    print(os.path.exists(name), os.path.dirname(name) == tempfile.gettempdir(), os.path.basename(name)[:3])
    name = tempfile.mktemp(suffix='.lock', prefix='app_', dir='some/dir')
    print(name.startswith('some/dir/app_'), name.endswith('.lock'), len(name) == len('some/dir/app_') + 8 + 5)
    names = {tempfile.mktemp(dir=HERE) for _ in range(30)}
    print(len(names), os.listdir(HERE))
finally:
    remove_tree(HERE)
