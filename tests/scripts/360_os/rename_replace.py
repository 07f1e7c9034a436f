# renaming with os.rename, os.replace and os.renames
import os
import stat

HERE = '_tmp_rename_replace'


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
        result = action()
        print(label, 'ok', '' if result is None else result)
    except (OSError, TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    write('draft.txt', 'v1')
    os.rename('draft.txt', 'final.txt')
    print(sorted(os.listdir()), open('final.txt').read())
    write('newer.txt', 'v2')
    os.replace('newer.txt', 'final.txt')
    print(sorted(os.listdir()), open('final.txt').read())
    write('other.txt', 'v3')
    os.rename('other.txt', 'final.txt')  # POSIX rename also replaces a file
    print(open('final.txt').read())
    os.mkdir('box')
    os.mkdir('empty')
    write('box/item', 'x')
    os.rename('final.txt', 'box/final.txt')
    print(sorted(os.listdir('box')))
    os.rename('empty', 'box2')
    print(sorted(os.listdir()))
    os.mkdir('empty2')
    os.replace('empty2', 'box2')  # an empty directory may be replaced
    print(sorted(os.listdir()))
    attempt('missing source', lambda: os.rename('nope', 'x'))
    attempt('dir onto file', lambda: os.rename('box2', 'box/item'))
    attempt('file onto dir', lambda: os.rename('box/item', 'box2'))
    attempt('onto non-empty dir', lambda: os.rename('box2', 'box'))
    attempt('into itself', lambda: os.rename('box', 'box/inner'))
    attempt('into missing dir', lambda: os.replace('box/item', 'nowhere/item'))
    attempt('bad type', lambda: os.rename('box', 3))
    try:
        os.rename('ghost', 'spirit')
    except OSError as e:
        print(e.errno, e.strerror, e.filename, e.filename2)
finally:
    os.chdir("..")
    remove_tree(HERE)
