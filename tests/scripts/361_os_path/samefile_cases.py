# samefile, sameopenfile, samestat: compare by device and inode
import os

HERE = '_tmp_samefile_cases'


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


if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    os.mkdir('dir')
    write('dir/a.txt', 'a')
    write('b.txt', 'b')
    os.link('dir/a.txt', 'hard.txt')
    os.symlink('dir/a.txt', 'soft.txt')
    pairs = [('dir/a.txt', 'hard.txt'), ('dir/a.txt', 'soft.txt'), ('dir/a.txt', 'b.txt'), ('dir', 'dir/'),
             ('dir', './dir/../dir'), ('.', os.getcwd()), (b'b.txt', b'./b.txt')]
    for a, b in pairs:
        print(a, 'cwd' if b == os.getcwd() else b, os.path.samefile(a, b))
    print(os.path.samestat(os.stat('dir/a.txt'), os.stat('hard.txt')), os.path.samestat(os.stat('b.txt'), os.stat('dir')))
    print(os.path.samestat(os.lstat('soft.txt'), os.stat('soft.txt')))
    with open('b.txt') as f1, open('./b.txt') as f2, open('hard.txt') as f3:
        print(os.path.sameopenfile(f1.fileno(), f2.fileno()), os.path.sameopenfile(f1.fileno(), f3.fileno()))
    for args in [('missing', 'b.txt'), ('b.txt', 'missing')]:
        try:
            os.path.samefile(*args)
        except FileNotFoundError as e:
            print(type(e).__name__, e)
    for args in [(None, 'b.txt'), ('b.txt', 3.5)]:
        try:
            os.path.samefile(*args)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        os.path.sameopenfile(999, 998)
    except OSError as e:
        print(type(e).__name__, e)
finally:
    os.chdir("..")
    remove_tree(HERE)
