# os.renames makes the missing target directories and prunes emptied source directories
import os
import stat

HERE = '_tmp_renames_tree'


def remove_tree(path):
    for entry in os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            remove_tree(entry.path)
        else:
            os.unlink(entry.path)
    os.rmdir(path)


def write(name, text=''):
    with open(name, 'w') as f:
        f.write(text)


def attempt(label, action):
    try:
        result = action()
        print(label, 'ok', '' if result is None else result)
    except (OSError, TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    os.makedirs('inbox/2023/jan')
    write('inbox/2023/jan/report.txt', 'numbers')
    os.renames('inbox/2023/jan/report.txt', 'archive/2023/01/report.txt')
    print(os.path.exists('inbox'), open('archive/2023/01/report.txt').read())
    os.makedirs('keep/sub')
    write('keep/stay.txt')
    write('keep/sub/go.txt')
    os.renames('keep/sub/go.txt', 'gone.txt')
    print(sorted(os.listdir()), sorted(os.listdir('keep')))
    attempt('renames missing', lambda: os.renames('nope.txt', 'deep/er/nope.txt'))
    print(os.path.isdir('deep/er'))
finally:
    os.chdir("..")
    remove_tree(HERE)
