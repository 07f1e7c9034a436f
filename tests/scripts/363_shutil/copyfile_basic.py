# shutil.copyfile copies contents only, returns the destination and overwrites an existing file
import os
import shutil

HERE = '_tmp_copyfile_basic'


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
    write('config.ini', '[main]\nvalue = 1\n')
    print(shutil.copyfile('config.ini', 'config.bak'))
    print(read('config.bak') == read('config.ini'))
    write('config.ini', '[main]\nvalue = 2\n')
    print(shutil.copyfile('config.ini', 'config.bak'), read('config.bak').split()[-1])
    with open('blob.bin', 'wb') as f:
        f.write(bytes(range(256)) * 300)
    shutil.copyfile('blob.bin', b'blob2.bin')
    print(os.path.getsize('blob2.bin'), open('blob2.bin', 'rb').read() == open('blob.bin', 'rb').read())
    os.chmod('config.ini', 0o751)
    shutil.copyfile('config.ini', 'plain_mode.ini')
    print(oct(os.stat('plain_mode.ini').st_mode & 0o111))
    entry = [e for e in os.scandir() if e.name == 'config.ini'][0]
    print(shutil.copyfile(entry, 'from_entry.ini'), read('from_entry.ini') == read('config.ini'))
    write('empty.txt')
    print(shutil.copyfile('empty.txt', 'empty2.txt'), os.path.getsize('empty2.txt'))
finally:
    os.chdir("..")
    shutil.rmtree(HERE)
