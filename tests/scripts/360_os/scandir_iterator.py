# the iterator os.scandir returns: a context manager, exhausted once, closable early; str or bytes paths
import os

HERE = '_tmp_scandir_iterator'


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
os.chdir(HERE)
try:
    os.makedirs('logs/old')
    for name in ['logs/a.log', 'logs/b.log', 'logs/old/c.log']:
        open(name, 'w').close()
    with os.scandir('logs') as it:
        print(type(it).__name__, iter(it) is it)
        names = sorted(e.name for e in it)
    print(names, list(it))
    it = os.scandir('logs')
    next(it)
    it.close()
    print(list(it))
    print(sorted(e.path for e in os.scandir('logs/')))
    print(sorted((e.name, e.path) for e in os.scandir(b'logs')))
    print(sorted(e.path for e in os.scandir()))
    fd = os.open('logs', os.O_RDONLY)
    print(sorted((e.name, e.path) for e in os.scandir(fd)))
    os.close(fd)
    for bad in ['nope', 'logs/a.log']:
        try:
            os.scandir(bad)
        except OSError as e:
            print(type(e).__name__, e)
    try:
        os.scandir(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
finally:
    os.chdir('..')
    remove_tree(HERE)
