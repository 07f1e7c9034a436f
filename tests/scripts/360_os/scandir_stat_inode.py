# DirEntry.stat() and inode() agree with os.stat / os.lstat (inode numbers themselves are not printed)
import os
import stat

HERE = '_tmp_scandir_stat_inode'


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
    with open('big.bin', 'wb') as f:
        f.write(bytes(1000))
    os.mkdir('dir')
    os.symlink('big.bin', 'alias')
    os.utime('big.bin', (100, 200))
    for entry in sorted(os.scandir('.'), key=lambda e: e.name):
        st = entry.stat()
        lst = entry.stat(follow_symlinks=False)
        print(entry.name, stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.S_ISLNK(lst.st_mode),
              entry.inode() == os.lstat(entry.path).st_ino, st.st_ino == os.stat(entry.path).st_ino)
        if entry.is_file():
            print('  size', st.st_size, 'mtime', st.st_mtime, type(entry.inode()).__name__)
    entry = [e for e in os.scandir() if e.name == 'big.bin'][0]
    print(entry.stat() is entry.stat(), entry.stat().st_size)
finally:
    os.chdir('..')
    remove_tree(HERE)
