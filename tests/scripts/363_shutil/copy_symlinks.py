# copying symlinks: follow_symlinks=False copies the link itself
import os
import shutil

HERE = '_tmp_copy_symlinks'


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
    write('target.txt', 'the target')
    os.symlink('target.txt', 'link.txt')
    shutil.copyfile('link.txt', 'copy_followed.txt')
    print(os.path.islink('copy_followed.txt'), read('copy_followed.txt'))
    shutil.copyfile('link.txt', 'copy_link.txt', follow_symlinks=False)
    print(os.path.islink('copy_link.txt'), os.readlink('copy_link.txt'))
    print(shutil.copy('link.txt', 'c1.txt', follow_symlinks=False), os.path.islink('c1.txt'))
    print(shutil.copy('link.txt', 'c2.txt'), os.path.islink('c2.txt'), read('c2.txt'))
    os.symlink('missing', 'dangling')
    shutil.copyfile('dangling', 'dangling_copy', follow_symlinks=False)
    print(os.readlink('dangling_copy'))
    attempt('follow dangling', lambda: shutil.copyfile('dangling', 'x'))
finally:
    os.chdir("..")
    shutil.rmtree(HERE)
