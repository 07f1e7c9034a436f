# os.scandir entries know their kind: files, directories, symlinks (also dangling ones)
import os

HERE = '_tmp_scandir_entries'


def remove_tree(path):
    for entry in os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            remove_tree(entry.path)
        else:
            os.unlink(entry.path)
    os.rmdir(path)


if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    os.mkdir('folder')
    with open('data.csv', 'w') as f:
        f.write('a,b\n1,2\n')
    os.symlink('data.csv', 'to_file')
    os.symlink('folder', 'to_folder')
    os.symlink('missing', 'broken')
    print('name       dir   file  link  dir(nofollow) file(nofollow)')
    for entry in sorted(os.scandir(), key=lambda e: e.name):
        print(f'{entry.name:10} {entry.is_dir()!s:5} {entry.is_file()!s:5} {entry.is_symlink()!s:5} '
              f'{entry.is_dir(follow_symlinks=False)!s:13} {entry.is_file(follow_symlinks=False)}')
    sizes = {e.name: e.stat().st_size for e in os.scandir() if e.is_file()}
    print(sorted(sizes.items()))
    try:
        [e for e in os.scandir() if e.name == 'broken'][0].stat()
    except FileNotFoundError as e:
        print(type(e).__name__, e)
finally:
    os.chdir('..')
    remove_tree(HERE)
