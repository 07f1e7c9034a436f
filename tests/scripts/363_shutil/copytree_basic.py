# shutil.copytree: a whole tree, its errors when the target exists, and dirs_exist_ok
import os
import shutil

HERE = '_tmp_copytree_basic'


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
    for name, text in [('site/index.html', '<h1>hi</h1>'), ('site/css/style.css', 'body{}'),
                       ('site/js/app.js', 'run()'), ('site/js/lib/util.js', 'util()')]:
        write(name, text)
    os.mkdir('site/empty')
    os.utime('site/css/style.css', (0, 777))
    print(shutil.copytree('site', 'public'))
    for line in tree('public'):
        print('  ', line)
    print(os.path.isdir('public/empty'), os.stat('public/css/style.css').st_mtime)
    attempt('again', lambda: shutil.copytree('site', 'public'))
    write('site/new.txt', 'new file')
    write('public/js/app.js', 'stale')
    write('public/extra.txt', 'kept')
    print(shutil.copytree('site', 'public', dirs_exist_ok=True))
    print(read('public/js/app.js'), read('public/new.txt'), read('public/extra.txt'))
    print(shutil.copytree('site/js', 'nested/deeper/js'), tree('nested'))
    print(shutil.copytree(b'site/css', b'css_bytes'))
    attempt('missing source', lambda: shutil.copytree('nope', 'x'))
    attempt('file source', lambda: shutil.copytree('site/index.html', 'x'))
finally:
    os.chdir("..")
    shutil.rmtree(HERE)
