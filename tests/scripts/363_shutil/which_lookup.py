# shutil.which looks a command up in a PATH-like string (here: folders of this test)
import os
import shutil

HERE = '_tmp_which_lookup'


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
    import stat
    write('bin1/tool', '#!/bin/sh\n')
    write('bin2/tool', '#!/bin/sh\n')
    write('bin2/helper', '#!/bin/sh\n')
    write('bin2/data.txt', 'not executable')
    os.makedirs('bin1/subdir')
    os.mkdir('bin2/dirtool')
    for name in ['bin1/tool', 'bin2/tool', 'bin2/helper']:
        os.chmod(name, 0o755)
    os.chmod('bin2/data.txt', 0o644)
    path = os.pathsep.join(['bin1', 'missing_dir', 'bin2', 'bin1'])
    for cmd in ['tool', 'helper', 'data.txt', 'dirtool', 'subdir', 'nothing']:
        print(f'{cmd:10} {shutil.which(cmd, path=path)}')
    print(shutil.which('data.txt', mode=os.F_OK, path=path), shutil.which('data.txt', mode=os.R_OK, path=path))
    print(shutil.which('bin2/helper'), shutil.which('./bin2/helper'), shutil.which('bin2/data.txt'))
    print(shutil.which('tool', path=''), shutil.which('tool', path='bin2'))
    print(shutil.which(b'helper', path=path), shutil.which('helper', path=b'bin2'.decode()))
    saved = os.environ['PATH']
    os.environ['PATH'] = 'bin2'
    print(shutil.which('helper'), shutil.which('tool'))
    del os.environ['PATH']
    print(shutil.which('helper'))
    os.environ['PATH'] = saved
finally:
    os.chdir("..")
    shutil.rmtree(HERE)
