# tempfile.gettempdir follows $TMPDIR (read once, then cached in tempfile.tempdir)
import os

HERE = '_tmp_gettempdir_env'


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
    print(tempfile.tempdir)
    where = tempfile.gettempdir()
    print(where == os.path.abspath(HERE), os.path.isabs(where), tempfile.tempdir == where)
    print(tempfile.gettempdirb() == os.fsencode(where), type(tempfile.gettempdirb()).__name__)
    print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template)
    os.mkdir(os.path.join(HERE, 'other'))
    os.environ['TMPDIR'] = os.path.abspath(os.path.join(HERE, 'other'))
    print(tempfile.gettempdir() == where)  # cached
    tempfile.tempdir = os.path.join(HERE, 'other')
    print(tempfile.gettempdir() == os.path.join(HERE, 'other'))
    fd, name = tempfile.mkstemp()
    os.close(fd)
    print(os.path.dirname(name) == os.path.abspath(os.path.join(HERE, 'other')))
    tempfile.tempdir = None
    print(tempfile.gettempdir() == os.path.abspath(os.path.join(HERE, 'other')))
    print(os.listdir(where) == ['other'], len(os.listdir(os.path.join(HERE, 'other'))))
finally:
    remove_tree(HERE)
