# creating something that is already there raises FileExistsError
import errno
import os

HERE = '_tmp_errors_existing'


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
    write('taken.txt')
    os.mkdir('taken_dir')
    os.symlink('nowhere', 'taken_link')
    for label, action in [
        ('mkdir over file', lambda: os.mkdir('taken.txt')), ('mkdir over dir', lambda: os.mkdir('taken_dir')),
        ('mkdir over link', lambda: os.mkdir('taken_link')), ('makedirs', lambda: os.makedirs('taken_dir')),
        ('makedirs file ok', lambda: os.makedirs('taken.txt', exist_ok=True)),
        ('makedirs dir ok', lambda: os.makedirs('taken_dir', exist_ok=True)),
        ('O_EXCL', lambda: os.open('taken.txt', os.O_CREAT | os.O_EXCL | os.O_WRONLY)),
        ('O_EXCL link', lambda: os.open('taken_link', os.O_CREAT | os.O_EXCL | os.O_WRONLY)),
        ('open x', lambda: open('taken.txt', 'x')), ('symlink', lambda: os.symlink('a', 'taken.txt')),
        ('link', lambda: os.link('taken.txt', 'taken_link')),
    ]:
        attempt(label, action)
    try:
        os.mkdir('taken_dir')
    except FileExistsError as e:
        print(e.errno == errno.EEXIST, e.args, e.filename)
finally:
    os.chdir("..")
    remove_tree(HERE)
