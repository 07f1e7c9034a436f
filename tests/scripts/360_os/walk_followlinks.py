# os.walk does not enter symlinked directories unless followlinks=True
import os

HERE = '_tmp_walk_followlinks'


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
    make_files('real/inner/f.txt', 'real/g.txt')
    os.mkdir('top')
    os.symlink('../real', 'top/linked')
    make_files('top/own.txt')
    for follow in (False, True):
        print('followlinks =', follow)
        for dirpath, dirnames, filenames in os.walk('top', followlinks=follow):
            dirnames.sort()
            print('  ', dirpath, dirnames, sorted(filenames))
    print([d for d, _, _ in os.walk('top', topdown=False, followlinks=True)][-1])
    print(sorted(d for d, _, _ in os.walk('top', topdown=False, followlinks=True)))
    print(sorted(d for d, _, _ in os.walk('top', topdown=False)))
    print(list(os.walk('top/linked'))[0][0])
finally:
    os.chdir("..")
    remove_tree(HERE)
