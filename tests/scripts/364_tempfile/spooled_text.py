# SpooledTemporaryFile in text mode
import os

HERE = '_tmp_spooled_text'


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
    with tempfile.SpooledTemporaryFile(max_size=1000, mode='w+', encoding='utf-8') as s:
        s.write('first line\n')
        s.write('second line\n')
        s.seek(0)
        print(s.readline(), end='')
        print(s.read(), end='')
        print(s.mode, s.name, s._rolled, s.encoding)
        s.seek(0)
        print([line.rstrip() for line in s])
    with tempfile.SpooledTemporaryFile(max_size=8, mode='w+') as s:
        s.write('plenty of text\n')
        print(s._rolled, s.mode, type(s.name).__name__)
        s.seek(0)
        print(repr(s.read()))
    with tempfile.SpooledTemporaryFile(mode='w+') as s:
        s.write('abc')
        s.rollover()
        s.write('def')
        s.seek(0)
        print(s.read(), s._rolled)
finally:
    remove_tree(HERE)
