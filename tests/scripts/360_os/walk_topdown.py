# os.walk top-down: a directory is listed before its subdirectories
import os

HERE = '_tmp_walk_topdown'


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
    make_files('proj/setup.py', 'proj/src/app.py', 'proj/src/util/strings.py', 'proj/tests/test_app.py',
               'proj/docs/index.md')
    os.mkdir('proj/empty')
    for dirpath, dirnames, filenames in os.walk('proj'):
        dirnames.sort()
        print(dirpath, dirnames, sorted(filenames))
    total = sum(len(files) for _, _, files in os.walk('proj'))
    print('files:', total)
    for dirpath, dirnames, filenames in os.walk(b'proj/src'):
        dirnames.sort()
        print(dirpath, dirnames, filenames)
    print(list(os.walk('proj/setup.py')), list(os.walk('no_such_dir')))
    print(type(os.walk('.')).__name__)
    print(sorted(d for d, _, _ in os.walk('proj/src/')))
finally:
    os.chdir("..")
    remove_tree(HERE)
