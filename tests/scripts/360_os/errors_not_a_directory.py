# a file used where a directory is needed: NotADirectoryError
import errno
import os

HERE = '_tmp_errors_not_a_directory'


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
    write('plain.txt', 'text')
    os.symlink('plain.txt', 'file_link')
    for label, action in [
        ('listdir', lambda: os.listdir('plain.txt')), ('scandir', lambda: os.scandir('plain.txt')),
        ('chdir', lambda: os.chdir('plain.txt')), ('rmdir', lambda: os.rmdir('plain.txt')),
        ('stat below', lambda: os.stat('plain.txt/x')), ('open below', lambda: open('plain.txt/x')),
        ('mkdir below', lambda: os.mkdir('plain.txt/x')), ('makedirs below', lambda: os.makedirs('plain.txt/x/y')),
        ('O_DIRECTORY', lambda: os.open('plain.txt', os.O_RDONLY | os.O_DIRECTORY)),
        ('listdir link', lambda: os.listdir('file_link')), ('trailing slash', lambda: os.stat('plain.txt/')),
        ('rename dir->file', lambda: (os.mkdir('d'), os.rename('d', 'plain.txt'))),
    ]:
        attempt(label, action)
    print(os.path.isdir('plain.txt/'), os.path.exists('plain.txt/'), os.path.exists('plain.txt'))
    print(list(os.walk('plain.txt')))
finally:
    os.chdir("..")
    remove_tree(HERE)
