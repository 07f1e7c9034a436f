# pruning os.walk: editing dirnames in place decides where walk goes next
import os

HERE = '_tmp_walk_pruning'


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
    make_files('repo/.git/config', 'repo/.git/objects/ab', 'repo/src/main.py', 'repo/node_modules/x/index.js',
               'repo/build/out.o', 'repo/src/lib/helpers.py', 'repo/README')
    skip = {'.git', 'node_modules', 'build'}
    found = []
    for dirpath, dirnames, filenames in os.walk('repo'):
        dirnames[:] = sorted(d for d in dirnames if d not in skip)
        found.extend(os.path.join(dirpath, f) for f in sorted(filenames))
    print(found)
    visited = []
    for dirpath, dirnames, filenames in os.walk('repo'):
        visited.append(dirpath)
        dirnames.clear()
    print(visited)
    # bottom-up ignores changes to dirnames
    seen = []
    for dirpath, dirnames, filenames in os.walk('repo', topdown=False):
        dirnames.clear()
        seen.append(dirpath)
    print(len(seen), sorted(seen)[:3])
finally:
    os.chdir("..")
    remove_tree(HERE)
