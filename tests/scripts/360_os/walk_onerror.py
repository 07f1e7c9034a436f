# os.walk's onerror callback receives the OSError of a directory it can't list
import os

HERE = '_tmp_walk_onerror'


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
    make_files('data/x.txt')
    problems = []
    print(list(os.walk('nowhere', onerror=problems.append)))
    print(list(os.walk('data/x.txt', onerror=problems.append)))
    for err in problems:
        print(type(err).__name__, err.errno, err.filename, err)

    def stop(err):
        raise RuntimeError(f'cannot walk {err.filename}')
    try:
        list(os.walk('nowhere', onerror=stop))
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(list(os.walk('nowhere')))
finally:
    os.chdir("..")
    remove_tree(HERE)
