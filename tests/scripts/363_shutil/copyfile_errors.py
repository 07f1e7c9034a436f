# shutil.copyfile's errors: same file, directories, missing parents and sources
import os
import shutil

HERE = '_tmp_copyfile_errors'


def write(name, text=''):
    os.makedirs(os.path.dirname(name) or '.', exist_ok=True)
    with open(name, 'w') as f:
        f.write(text)


def read(name):
    with open(name) as f:
        return f.read()


def tree(top):
    # every file (with its text) and link under top, sorted
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            p = os.path.join(dirpath, name)
            out.append(p + (' -> ' + os.readlink(p) if os.path.islink(p) else ': ' + read(p)))
    return sorted(out)


def attempt(label, action):
    try:
        print(label, '->', action())
    except (OSError, TypeError, ValueError) as e:
        print(label, '->', type(e).__name__, e)


if os.path.exists(HERE):
    shutil.rmtree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    write('a.txt', 'A')
    os.mkdir('folder')
    os.link('a.txt', 'hard.txt')
    os.symlink('a.txt', 'soft.txt')
    attempt('same name', lambda: shutil.copyfile('a.txt', 'a.txt'))
    attempt('same via ./', lambda: shutil.copyfile('a.txt', './a.txt'))
    attempt('hard link', lambda: shutil.copyfile('a.txt', 'hard.txt'))
    attempt('symlink', lambda: shutil.copyfile('soft.txt', 'a.txt'))
    attempt('dst is dir', lambda: shutil.copyfile('a.txt', 'folder'))
    attempt('src is dir', lambda: shutil.copyfile('folder', 'x.txt'))
    attempt('missing src', lambda: shutil.copyfile('nope.txt', 'x.txt'))
    attempt('missing parent', lambda: shutil.copyfile('a.txt', 'no/such/dir/x.txt'))
    attempt('dir with slash', lambda: shutil.copyfile('a.txt', 'newdir/'))
    try:
        shutil.copyfile('a.txt', 'a.txt')
    except shutil.Error as e:
        print(type(e).__name__, isinstance(e, OSError), e.args)
    try:
        shutil.copyfile('a.txt', 'missing/x.txt')
    except FileNotFoundError as e:
        print(type(e.__cause__).__name__, e.__cause__)
    print(sorted(os.listdir()))
finally:
    os.chdir("..")
    shutil.rmtree(HERE)
