# os.walk bottom-up (topdown=False): children come before their parent, as needed to delete a tree
import os

HERE = '_tmp_walk_bottomup'


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
    make_files('tree/a/a1.txt', 'tree/a/deep/a2.txt', 'tree/b/b1.txt', 'tree/root.txt')
    order = [dirpath for dirpath, _, _ in os.walk('tree', topdown=False)]
    print(order[-1], len(order))
    print(order.index('tree/a/deep') < order.index('tree/a') < order.index('tree'))
    print(order.index('tree/b') < order.index('tree'))
    # delete everything bottom-up (the order between siblings depends on the file system: print sorted)
    report = []
    for dirpath, dirnames, filenames in os.walk('tree', topdown=False):
        for name in sorted(filenames):
            os.remove(os.path.join(dirpath, name))
        for name in sorted(dirnames):
            os.rmdir(os.path.join(dirpath, name))
        report.append(('emptied', dirpath, sorted(dirnames), sorted(filenames)))
    for line in sorted(report):
        print(*line)
    os.rmdir('tree')
    print(os.path.exists('tree'))
finally:
    os.chdir("..")
    remove_tree(HERE)
