# shutil.copy and shutil.copy2: into a directory or to a new name, with mode (and times for copy2)
import os
import shutil

HERE = '_tmp_copy_copy2'


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
    write('tool.py', 'print("tool")\n')
    os.chmod('tool.py', 0o755)
    os.utime('tool.py', (1_000_000_000, 1_100_000_000))
    os.mkdir('bin')
    print(shutil.copy('tool.py', 'bin'))
    print(shutil.copy('tool.py', 'bin/renamed.py'))
    print(shutil.copy2('tool.py', 'bin/'))
    print(shutil.copy2('tool.py', 'tool_backup.py'))
    for name in ['bin/tool.py', 'bin/renamed.py', 'tool_backup.py']:
        st = os.stat(name)
        print(name, oct(stat.S_IMODE(st.st_mode)), st.st_mtime == 1_100_000_000, read(name).strip())
    print(os.stat('bin/tool.py').st_mtime, os.stat('tool_backup.py').st_mtime)
    attempt('copy same', lambda: shutil.copy('tool.py', '.'))
    attempt('copy2 missing', lambda: shutil.copy2('nope.py', 'bin'))
    attempt('copy dir', lambda: shutil.copy('bin', 'bin2'))
    print(shutil.copy(b'tool.py', b'bin/bytes.py'))
finally:
    os.chdir("..")
    shutil.rmtree(HERE)
