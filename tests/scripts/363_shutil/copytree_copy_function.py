# copytree's copy_function decides how each file is copied
import os
import shutil

HERE = '_tmp_copytree_copy_function'


def write(name, text=''):
    os.makedirs(os.path.dirname(name) or '.', exist_ok=True)
    with open(name, 'w') as f:
        f.write(text)


def read(name):
    with open(name) as f:
        return f.read()


def tree(top):
    # every file (with its text) and link under top, sorted
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            p = os.path.join(dirpath, name)
            out.append(p + (' -> ' + os.readlink(p) if os.path.islink(p) else ': ' + read(p)))
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
    import stat
    for name in ['data/a.csv', 'data/b.csv', 'data/sub/c.csv']:
        write(name, name.upper())
    os.chmod('data/a.csv', 0o640)
    os.utime('data/b.csv', (5, 5))
    copied = []

    def logging_copy(src, dst):
        copied.append((src, dst))
        return shutil.copy2(src, dst)

    shutil.copytree('data', 'out1', copy_function=logging_copy)
    for src, dst in sorted(copied):
        print(src, '->', dst)
    print(tree('out1'))
    shutil.copytree('data', 'out2', copy_function=shutil.copy)
    print(oct(stat.S_IMODE(os.stat('out2/a.csv').st_mode)), os.stat('out2/b.csv').st_mtime != 5)
    shutil.copytree('data', 'out3')
    print(oct(stat.S_IMODE(os.stat('out3/a.csv').st_mode)), os.stat('out3/b.csv').st_mtime)

    def upper_copy(src, dst):
        with open(src) as fin, open(dst + '.up', 'w') as fout:
            fout.write(fin.read().lower())

    shutil.copytree('data', 'out4', copy_function=upper_copy)
    print(tree('out4'))

    def failing_copy(src, dst):
        raise OSError(f'refusing {os.path.basename(src)}')

    try:
        shutil.copytree('data', 'out5', copy_function=failing_copy)
    except shutil.Error as e:
        for item in sorted(e.args[0]):
            print('  ', item)
    print(sorted(os.listdir('out5')), sorted(os.listdir('out5/sub')))
finally:
    os.chdir("..")
    shutil.rmtree(HERE)
