# removing a directory that still holds entries: OSError ENOTEMPTY
import errno
import os

HERE = '_tmp_errors_not_empty'


def remove_tree(path):
    for entry in os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            remove_tree(entry.path)
        else:
            os.unlink(entry.path)
    os.rmdir(path)


def write(name, text=''):
    with open(name, 'w') as f:
        f.write(text)


def attempt(label, action):
    try:
        action()
        print(f'{label:22} no error')
    except OSError as e:
        print(f'{label:22} {type(e).__name__} {errno.errorcode[e.errno]} {e}')


if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    os.makedirs('full/sub')
    write('full/file.txt')
    os.mkdir('empty')
    for label, action in [
        ('rmdir full', lambda: os.rmdir('full')), ('rmdir with subdir', lambda: (os.remove('full/file.txt'), os.rmdir('full'))),
        ('rename onto full', lambda: os.rename('empty', 'full')), ('replace onto full', lambda: os.replace('empty', 'full')),
        ('removedirs', lambda: os.removedirs('full')),
    ]:
        attempt(label, action)
    try:
        os.rmdir('full')
    except OSError as e:
        print(type(e) is OSError, e.errno == errno.ENOTEMPTY, e.strerror, e.filename)
    os.rmdir('full/sub')
    os.rmdir('full')
    print(sorted(os.listdir()))
finally:
    os.chdir("..")
    remove_tree(HERE)
