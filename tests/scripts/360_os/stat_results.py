# os.stat results: size, kind and the st_ fields (times only as set by os.utime)
import os
import stat

HERE = '_tmp_stat_results'


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
    write('report.txt', 'x' * 1234)
    os.mkdir('folder')
    os.utime('report.txt', (1_600_000_000, 1_700_000_000))
    st = os.stat('report.txt')
    print(type(st).__name__, st.st_size, st.st_mtime, st.st_atime, st.st_mtime_ns)
    print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_IFMT(st.st_mode) == stat.S_IFREG)
    print(stat.S_ISDIR(os.stat('folder').st_mode), stat.S_ISDIR(os.stat(b'folder').st_mode))
    print(st[stat.ST_SIZE], st[stat.ST_MTIME], len(st), type(st[stat.ST_MTIME]).__name__)
    print(st.st_nlink, type(st.st_ino).__name__, type(st.st_dev).__name__, type(st.st_uid).__name__)
    print(st.st_mode == os.stat('report.txt').st_mode, st == os.stat('report.txt'))
    print(os.path.getsize('report.txt'), os.path.getmtime('report.txt'), os.path.getatime('report.txt'))
    print(isinstance(st, tuple), os.stat_result.n_sequence_fields, type(st.st_blocks).__name__)
    print(repr(st).startswith('os.stat_result(st_mode='))
    attempt('missing', lambda: os.stat('missing.txt'))
    attempt('empty', lambda: os.stat(''))
    attempt('nul', lambda: os.stat('bad\0name'))
    attempt('None', lambda: os.stat(None))
    attempt('list', lambda: os.stat(['report.txt']))
    attempt('under file', lambda: os.stat('report.txt/inner'))
finally:
    os.chdir("..")
    remove_tree(HERE)
