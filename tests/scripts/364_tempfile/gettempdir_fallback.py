# gettempdir skips candidates that are missing or not directories: TMPDIR, then TEMP, then TMP
import os

HERE = '_tmp_gettempdir_fallback'


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
    with open(os.path.join(HERE, 'a_file'), 'w'):
        pass
    os.mkdir(os.path.join(HERE, 'usable'))
    os.environ['TMPDIR'] = os.path.abspath(os.path.join(HERE, 'does_not_exist'))
    os.environ['TEMP'] = os.path.abspath(os.path.join(HERE, 'a_file'))
    os.environ['TMP'] = os.path.abspath(os.path.join(HERE, 'usable'))
    chosen = tempfile.gettempdir()
    print(os.path.basename(chosen), chosen == os.environ['TMP'])
    print(sorted(os.listdir(HERE)), os.listdir(chosen))  # the probe file is gone again
    os.environ['TMPDIR'] = ''
    tempfile.tempdir = None
    print(os.path.basename(tempfile.gettempdir()))
finally:
    remove_tree(HERE)
