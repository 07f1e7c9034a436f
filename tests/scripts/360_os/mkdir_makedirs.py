# os.mkdir and os.makedirs: modes (with a fixed umask), exist_ok, intermediate directories
import os

HERE = '_tmp_mkdir_makedirs'


def remove_tree(path):
    for entry in os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            remove_tree(entry.path)
        else:
            os.unlink(entry.path)
    os.rmdir(path)


def make_files(*names):
    for name in names:
        os.makedirs(os.path.dirname(name) or '.', exist_ok=True)
        with open(name, 'w') as f:
            f.write(name)


if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    import stat
    old = os.umask(0o022)
    os.mkdir('plain')
    os.mkdir('private', 0o700)
    os.mkdir('masked', 0o777)
    for name in ['plain', 'private', 'masked']:
        print(name, oct(stat.S_IMODE(os.stat(name).st_mode)), stat.filemode(os.stat(name).st_mode))
    os.makedirs('a/b/c')
    print(os.path.isdir('a/b/c'))
    os.makedirs('a/b/c', exist_ok=True)
    try:
        os.makedirs('a/b/c')
    except FileExistsError as e:
        print(type(e).__name__, e)
    try:
        os.mkdir('plain')
    except FileExistsError as e:
        print(type(e).__name__, e)
    os.makedirs('x/y/', exist_ok=False)
    os.makedirs('p/./q')
    os.makedirs(b'bytes/dir')
    os.makedirs('m1/m2', mode=0o750)
    print(oct(stat.S_IMODE(os.stat('m1/m2').st_mode)), oct(stat.S_IMODE(os.stat('m1').st_mode)))
    print(sorted(os.listdir()), os.listdir('p'))
    with open('file', 'w'):
        pass
    for action in [lambda: os.makedirs('file', exist_ok=True), lambda: os.makedirs('file/sub'),
                   lambda: os.mkdir('missing/child'), lambda: os.mkdir('')]:
        try:
            action()
        except OSError as e:
            print(type(e).__name__, e)
    os.umask(old)
finally:
    os.chdir("..")
    remove_tree(HERE)
