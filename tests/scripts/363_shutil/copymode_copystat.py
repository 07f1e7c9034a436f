# shutil.copymode and shutil.copystat (modification times fixed with os.utime)
import os
import shutil

HERE = '_tmp_copymode_copystat'


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
    write('script.sh', '#!/bin/sh\necho hi\n')
    write('other.sh', 'echo other\n')
    os.chmod('script.sh', 0o750)
    os.chmod('other.sh', 0o600)
    shutil.copymode('script.sh', 'other.sh')
    print(oct(stat.S_IMODE(os.stat('other.sh').st_mode)), read('other.sh').strip())
    os.utime('script.sh', (1_500_000_000, 1_400_000_000))
    write('third.sh')
    os.chmod('script.sh', 0o704)
    shutil.copystat('script.sh', 'third.sh')
    st = os.stat('third.sh')
    print(oct(stat.S_IMODE(st.st_mode)), st.st_mtime, st.st_mtime_ns, os.path.getsize('third.sh'))
    os.mkdir('d1')
    os.utime('d1', (0, 1234))
    os.mkdir('d2')
    shutil.copystat('d1', 'd2')
    print(os.stat('d2').st_mtime)
    attempt('copymode missing src', lambda: shutil.copymode('nope', 'other.sh'))
    attempt('copymode missing dst', lambda: shutil.copymode('script.sh', 'nope'))
    attempt('copystat missing', lambda: shutil.copystat('nope', 'other.sh'))
    os.symlink('script.sh', 'link1')
    os.symlink('other.sh', 'link2')
    shutil.copymode('link1', 'link2', follow_symlinks=False)  # no lchmod on Linux: nothing happens
    print(oct(stat.S_IMODE(os.stat('other.sh').st_mode)))
finally:
    os.chdir("..")
    shutil.rmtree(HERE)
