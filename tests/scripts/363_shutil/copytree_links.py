# copytree with symlinks=False: links are replaced by copies of what they point to; dangling links are errors
import os
import shutil

HERE = '_tmp_copytree_links'


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
    write('src/real.txt', 'real data')
    write('src/dir/inside.txt', 'inside')
    os.symlink('real.txt', 'src/file_link')
    os.symlink('dir', 'src/dir_link')
    shutil.copytree('src', 'followed')
    print(tree('followed'))
    print(os.path.islink('followed/file_link'), os.path.islink('followed/dir_link'), os.path.isdir('followed/dir_link'))
    os.symlink('no_such_file', 'src/dangling')
    try:
        shutil.copytree('src', 'broken')
    except shutil.Error as e:
        print(type(e).__name__, len(e.args), len(e.args[0]))
        for src, dst, why in e.args[0]:
            print('  ', src, dst, why)
        print(isinstance(e, OSError), str(e) == str(e.args[0]))
    print(tree('broken'))
    shutil.copytree('src', 'skipping', ignore_dangling_symlinks=True)
    print(sorted(os.listdir('skipping')))
finally:
    os.chdir("..")
    shutil.rmtree(HERE)
