# SpooledTemporaryFile keeps data in memory until it grows past max_size (or a descriptor is needed)
import os

HERE = '_tmp_spooled_rollover'


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
    s = tempfile.SpooledTemporaryFile(max_size=10)
    print(s.write(b'12345'), s._rolled, s.tell(), s.name, s.closed)
    print(s.write(b'67890'), s._rolled)
    print(s.write(b'X'), s._rolled, s.tell(), type(s.name).__name__, os.listdir(HERE))
    s.seek(0)
    print(s.read(), s.readable(), s.writable(), s.seekable())
    s.close()
    print(s.closed)
    with tempfile.SpooledTemporaryFile(max_size=100) as s:
        s.write(b'abc')
        print(s._rolled, s.fileno() > 2, s._rolled, s.tell())
        s.seek(0)
        print(s.read())
    with tempfile.SpooledTemporaryFile() as s:  # max_size=0: never rolls over by size
        s.write(b'x' * 10000)
        print(s._rolled, s.tell())
        s.truncate(5)
        s.seek(0)
        print(s.read(), s._rolled)
        s.truncate(7)
        print(s._rolled)
    with tempfile.SpooledTemporaryFile(max_size=4) as s:
        s.writelines([b'ab', b'cd', b'ef'])
        print(s._rolled)
        s.seek(0)
        print(s.readlines(), s.isatty())
    try:
        with s:
            pass
    except ValueError as e:
        print(type(e).__name__, e)
    s = tempfile.SpooledTemporaryFile()
    s.rollover()
    s.rollover()
    print(s._rolled, type(s.name).__name__)
    s.close()
finally:
    remove_tree(HERE)
