# os.access: existence and the modes of files that exist (permission bits alone don't stop root)
import os
import stat

HERE = '_tmp_access_checks'


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
    except (OSError, TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    write('script.sh', '#!/bin/sh\n')
    write('data.txt')
    os.chmod('script.sh', 0o755)
    os.chmod('data.txt', 0o644)
    os.mkdir('dir')
    for name in ['script.sh', 'data.txt', 'dir', 'missing']:
        print(name, os.access(name, os.F_OK), os.access(name, os.R_OK), os.access(name, os.R_OK | os.W_OK),
              os.access(name, os.X_OK))
    print(os.access(b'data.txt', os.F_OK), os.access('data.txt/x', os.F_OK))
    attempt('bad mode', lambda: os.access('data.txt', 'r'))
    attempt('bad path', lambda: os.access(None, os.F_OK))
finally:
    os.chdir("..")
    remove_tree(HERE)
