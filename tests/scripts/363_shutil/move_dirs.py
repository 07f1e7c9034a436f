# shutil.move for directories: rename, move inside another directory, and the refusals
import os
import shutil

HERE = '_tmp_move_dirs'


def write(name, text=''):
    os.makedirs(os.path.dirname(name) or '.', exist_ok=True)
    with open(name, 'w') as f:
        f.write(text)


def read(name):
    with open(name) as f:
        return f.read()


def listing(top='.'):
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        out.extend(os.path.join(dirpath, n) for n in filenames)
        out.extend(os.path.join(dirpath, n) + '/' for n in dirnames)
    return sorted(out)


def attempt(label, action):
    try:
        print(label, '->', action())
    except (OSError, TypeError, ValueError) as e:
        print(label, '->', type(e).__name__, e)


if os.path.exists(HERE):
    shutil.rmtree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    write('project/src/main.py', 'main')
    write('project/README', 'readme')
    os.mkdir('workspace')
    print(shutil.move('project', 'workspace'))
    print(shutil.move('workspace/project', 'renamed_project'))
    print(shutil.move('renamed_project/', 'workspace'))
    print(listing())
    write('other/project/x', 'clash')
    attempt('move other/project in', lambda: shutil.move('other/project', 'workspace'))
    attempt('into itself', lambda: shutil.move('workspace', 'workspace/project/inner'))
    attempt('into itself (dir exists)', lambda: shutil.move('workspace', 'workspace/project/src'))
    os.mkdir('same')
    print(shutil.move('same', 'same'), os.path.isdir('same'))
    print(shutil.move('other', 'workspace/project/src/other_moved'))
    print(listing('workspace'))

    def noisy_copy(src, dst):
        print('  copying', src, 'to', dst)
        return shutil.copy2(src, dst)

    print(shutil.move('same', 'same2', copy_function=noisy_copy))  # a rename: the copy function is not needed
finally:
    os.chdir("..")
    shutil.rmtree(HERE)
