# os.listdir: names only (no '.' or '..'), any order, str or bytes as asked
import os

HERE = '_tmp_listdir_contents'


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
    print(os.listdir(), os.listdir('.'), os.listdir(None))
    for name in ['b.txt', 'a.txt', '.hidden', 'späce name']:
        with open(name, 'w') as f:
            f.write(name)
    os.mkdir('sub')
    os.mkdir('sub/inner')
    print(sorted(os.listdir()))
    print(sorted(os.listdir(b'.')))
    print(sorted(os.listdir('sub')), sorted(os.listdir('sub/')), os.listdir('sub/inner'))
    fd = os.open('sub', os.O_RDONLY)
    print(os.listdir(fd))
    os.close(fd)
    files = sorted(n for n in os.listdir() if os.path.isfile(n) and not n.startswith('.'))
    print(files, sum(os.path.getsize(n) for n in files))
    for bad in ['missing', 'a.txt', 3.5]:
        try:
            os.listdir(bad)
        except (OSError, TypeError) as e:
            print(type(e).__name__, e)
finally:
    os.chdir('..')
    remove_tree(HERE)
