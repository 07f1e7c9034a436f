# relpath and join inside os.walk: list a tree's files by their names relative to its top
import os

HERE = '_tmp_walk_relative_names'


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
try:
    for name in ['site/index.html', 'site/css/main.css', 'site/img/logo.svg', 'site/img/icons/x.svg']:
        full = os.path.join(HERE, name)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'w') as f:
            f.write(name)
    top = os.path.join(HERE, 'site')
    names = []
    for dirpath, dirnames, filenames in os.walk(top):
        for f in filenames:
            names.append(os.path.relpath(os.path.join(dirpath, f), top))
    for n in sorted(names):
        print(n, os.path.splitext(n)[1], os.path.dirname(n) or '.', n.count(os.sep))
    by_ext = {}
    for n in names:
        by_ext.setdefault(os.path.splitext(n)[1], []).append(os.path.basename(n))
    print(sorted((k, sorted(v)) for k, v in by_ext.items()))
    print(os.path.commonpath([os.path.join(top, n) for n in names]) == top)
finally:
    remove_tree(HERE)
