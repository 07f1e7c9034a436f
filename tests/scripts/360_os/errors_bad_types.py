# wrong argument types to os functions: TypeError / ValueError / OverflowError messages
import os


class Weird:
    def __fspath__(self):
        return 3


calls = [
    ('stat(None)', lambda: os.stat(None)), ('stat(1.5)', lambda: os.stat(1.5)),
    ('stat([])', lambda: os.stat([])), ('stat(Weird())', lambda: os.stat(Weird())),
    ('listdir(1.5)', lambda: os.listdir(1.5)), ('mkdir(None)', lambda: os.mkdir(None)),
    ('mkdir mode str', lambda: os.mkdir('x', '777')),
    ('open(None)', lambda: os.open(None, os.O_RDONLY)), ('open flags None', lambda: os.open('x', None)),
    ('read(fd, "1")', lambda: os.read(0, '1')), ('write(1, str)', lambda: os.write(1, 'text')),
    ('write(1, list)', lambda: os.write(1, [1])), ('lseek str', lambda: os.lseek(0, '0', 0)),
    ('close(None)', lambda: os.close(None)), ('chdir(3.0)', lambda: os.chdir(3.0)),
    ('rename(1, "a")', lambda: os.rename(1, 'a')), ('symlink(None, "a")', lambda: os.symlink(None, 'a')),
    ('readlink(5)', lambda: os.readlink(5)), ('chmod(x, None)', lambda: os.chmod('x', None)),
    ('strerror("2")', lambda: os.strerror('2')),
    ('urandom(-5)', lambda: os.urandom(-5)), ('stat nul', lambda: os.stat('a\0b')),
    ('stat too many', lambda: os.stat('.', None, True, 4)),
    ('dup("1")', lambda: os.dup('1')),
    ('getcwd(1)', lambda: os.getcwd(1)), ('mkdir()', lambda: os.mkdir()),
]
for label, action in calls:
    try:
        action()
        print(f'{label:20} no error')
    except (TypeError, ValueError, OverflowError) as e:
        print(f'{label:20} {type(e).__name__}: {e}')
