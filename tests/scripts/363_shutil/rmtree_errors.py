# shutil.rmtree's errors, ignore_errors=True and an onerror handler
import os
import shutil

HERE = '_tmp_rmtree_errors'


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
    write('file.txt', 'not a directory')
    os.mkdir('real_dir')
    os.symlink('real_dir', 'dir_link')
    attempt('missing', lambda: shutil.rmtree('missing'))
    attempt('file', lambda: shutil.rmtree('file.txt'))
    attempt('symlink', lambda: shutil.rmtree('dir_link'))
    print(shutil.rmtree('missing', ignore_errors=True), shutil.rmtree('file.txt', ignore_errors=True))
    print(os.path.exists('file.txt'), os.path.isdir('real_dir'))
    log = []

    def record(func, path, exc_info):
        log.append((func.__name__, path, exc_info[0].__name__, str(exc_info[1])))

    for target in ['missing', 'file.txt', 'dir_link']:
        shutil.rmtree(target, onerror=record)
    for entry in log:
        print('  ', entry)
    print(os.path.islink('dir_link'), os.path.isdir('real_dir'))

    def stop(func, path, exc_info):
        raise RuntimeError(f'{func.__name__} failed on {path}')

    try:
        shutil.rmtree('missing', onerror=stop)
    except RuntimeError as e:
        print(type(e).__name__, e)
finally:
    os.chdir("..")
    shutil.rmtree(HERE)
