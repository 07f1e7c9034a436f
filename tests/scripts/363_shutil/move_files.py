# shutil.move for files: rename, move into a directory, replace an existing file
import os
import shutil

HERE = '_tmp_move_files'


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
    write('inbox/report.txt', 'quarterly numbers')
    write('inbox/old.txt', 'old')
    os.mkdir('archive')
    print(shutil.move('inbox/report.txt', 'archive'))
    print(shutil.move('inbox/old.txt', 'archive/renamed.txt'))
    write('draft.txt', 'draft v2')
    write('archive/final.txt', 'draft v1')
    print(shutil.move('draft.txt', 'archive/final.txt'), read('archive/final.txt'))
    print(listing())
    write('again/report.txt', 'duplicate')
    attempt('target exists in dir', lambda: shutil.move('again/report.txt', 'archive'))
    attempt('missing source', lambda: shutil.move('nope.txt', 'archive'))
    attempt('missing target dir', lambda: shutil.move('again/report.txt', 'no/dir/x.txt'))
    os.symlink('archive/final.txt', 'shortcut')
    print(shutil.move('shortcut', 'archive/shortcut'), os.readlink('archive/shortcut'))
    print(shutil.move(b'again/report.txt', b'moved.txt'), read('moved.txt'))
finally:
    os.chdir("..")
    shutil.rmtree(HERE)
