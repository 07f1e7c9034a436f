# moving around with os.chdir and checking where we are with os.getcwd (only relative facts are printed)
import os

HERE = '_tmp_cwd_chdir'


def remove_tree(path):
    for entry in os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            remove_tree(entry.path)
        else:
            os.unlink(entry.path)
    os.rmdir(path)


start = os.getcwd()
if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    print(os.path.basename(os.getcwd()), os.path.dirname(os.getcwd()) == start)
    os.makedirs('project/src')
    os.chdir('project/src')
    print(os.getcwd().endswith(os.path.join(HERE, 'project', 'src')))
    os.chdir(os.pardir)
    print(os.path.basename(os.getcwd()), sorted(os.listdir(os.curdir)))
    print(type(os.getcwdb()).__name__, os.getcwdb() == os.fsencode(os.getcwd()))
    os.chdir(b'src')
    print(os.path.basename(os.getcwd()))
    fd = os.open('..', os.O_RDONLY)
    os.chdir(fd)
    os.close(fd)
    print(os.path.basename(os.getcwd()))
    for bad in ['missing', 'src/../missing']:
        try:
            os.chdir(bad)
        except FileNotFoundError as e:
            print(type(e).__name__, e)
    open('notes.txt', 'w').close()
    try:
        os.chdir('notes.txt')
    except NotADirectoryError as e:
        print(type(e).__name__, e)
    try:
        os.chdir(None)
    except TypeError as e:
        print(type(e).__name__, e)
    print(os.path.basename(os.getcwd()))
finally:
    os.chdir(start)
    remove_tree(HERE)
print(os.path.exists(HERE))
