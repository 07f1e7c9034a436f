# deleting files and directories: os.remove, os.unlink, os.rmdir, os.removedirs
import os
import stat

HERE = '_tmp_remove_rmdir'


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
    write('one.txt')
    write('two.txt')
    os.makedirs('a/b/c')
    write('a/keep.txt')
    os.remove('one.txt')
    os.unlink(b'two.txt')
    print(sorted(os.listdir()))
    attempt('remove again', lambda: os.remove('one.txt'))
    attempt('unlink dir', lambda: os.unlink('a'))
    attempt('rmdir non-empty', lambda: os.rmdir('a/b'))
    attempt('rmdir file', lambda: os.rmdir('a/keep.txt'))
    attempt('rmdir missing', lambda: os.rmdir('zzz'))
    attempt('rmdir dot', lambda: os.rmdir('.'))
    os.removedirs('a/b/c')  # stops at 'a', which still holds keep.txt
    print(os.path.exists('a/b'), os.path.exists('a'), os.listdir('a'))
    os.makedirs('p/q/r')
    os.removedirs('p/q/r')
    print(os.path.exists('p'))
    attempt('removedirs missing', lambda: os.removedirs('p/q/r'))
    os.symlink('a', 'link_to_a')
    os.unlink('link_to_a')
    print(os.path.isdir('a'), os.path.lexists('link_to_a'))
    attempt('remove bad type', lambda: os.remove(7.5))
finally:
    os.chdir("..")
    remove_tree(HERE)
