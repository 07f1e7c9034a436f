# every os function that is given a path that does not exist raises FileNotFoundError
import errno
import os

HERE = '_tmp_errors_missing'


def remove_tree(path):
    for entry in os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            remove_tree(entry.path)
        else:
            os.unlink(entry.path)
    os.rmdir(path)


def write(name, text=''):
    with open(name, 'w') as f:
        f.write(text)


def attempt(label, action):
    try:
        action()
        print(f'{label:22} no error')
    except OSError as e:
        print(f'{label:22} {type(e).__name__} {errno.errorcode[e.errno]} {e}')


if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    os.mkdir('dir')
    for label, action in [
        ('stat', lambda: os.stat('ghost')), ('lstat', lambda: os.lstat('ghost')),
        ('open', lambda: os.open('ghost', os.O_RDONLY)), ('builtin open', lambda: open('ghost')),
        ('listdir', lambda: os.listdir('ghost')), ('scandir', lambda: os.scandir('ghost')),
        ('chdir', lambda: os.chdir('ghost')), ('remove', lambda: os.remove('ghost')),
        ('unlink', lambda: os.unlink('ghost')), ('rmdir', lambda: os.rmdir('ghost')),
        ('rename', lambda: os.rename('ghost', 'spirit')), ('replace', lambda: os.replace('ghost', 'spirit')),
        ('link', lambda: os.link('ghost', 'spirit')), ('readlink', lambda: os.readlink('ghost')),
        ('chmod', lambda: os.chmod('ghost', 0o644)), ('truncate', lambda: os.truncate('ghost', 0)),
        ('mkdir in missing', lambda: os.mkdir('ghost/child')), ('makedirs ok', lambda: os.makedirs('ghost/a/b')),
        ('removedirs', lambda: os.removedirs('nothing/here')), ('bytes path', lambda: os.stat(b'ghost2')),
        ('getsize', lambda: os.path.getsize('ghost3')), ('getmtime', lambda: os.path.getmtime('ghost3')),
    ]:
        attempt(label, action)
    try:
        os.stat('missing.cfg')
    except FileNotFoundError as e:
        print(e.errno == errno.ENOENT, e.strerror, repr(e.filename), e.filename2, e.args)
        print(isinstance(e, OSError), type(e).__mro__[1].__name__)
    try:
        os.rename('a.cfg', 'b.cfg')
    except OSError as e:
        print(repr(e.filename), repr(e.filename2), str(e))
finally:
    os.chdir("..")
    remove_tree(HERE)
