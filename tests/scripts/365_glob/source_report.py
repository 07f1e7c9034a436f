# a realistic use: collect source files by extension and report counts per folder
import glob
import os

HERE = '_tmp_source_report'


def remove_tree(path):
    for entry in os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            remove_tree(entry.path)
        else:
            os.unlink(entry.path)
    os.rmdir(path)


def make(*names):
    for name in names:
        if name.endswith('/'):
            os.makedirs(name, exist_ok=True)
        else:
            os.makedirs(os.path.dirname(name) or '.', exist_ok=True)
            open(name, 'w').close()


def show(pattern, **kwargs):
    extra = ''.join(f', {k}={v!r}' for k, v in kwargs.items())
    print(f'glob({pattern!r}{extra})', sorted(glob.glob(pattern, **kwargs)))


if os.path.exists(HERE):
    remove_tree(HERE)
os.mkdir(HERE)
os.chdir(HERE)
try:
    make('proj/main.c', 'proj/util.c', 'proj/util.h', 'proj/net/socket.c', 'proj/net/socket.h', 'proj/net/http.c',
         'proj/tests/test_util.c', 'proj/docs/guide.md', 'proj/build/main.o')
    counts = {}
    for path in glob.glob('proj/**/*.[ch]', recursive=True):
        folder = os.path.dirname(path)
        counts.setdefault(folder, [0, 0])[path.endswith('.h')] += 1
    for folder in sorted(counts):
        c, h = counts[folder]
        print(f'{folder:12} {c} .c  {h} .h')
    headers = sorted(os.path.basename(p) for p in glob.glob('proj/**/*.h', recursive=True))
    sources = sorted(glob.glob('proj/*.c') + glob.glob('proj/*/*.c'))
    print(headers)
    print(sources)
    print([p for p in sources if not glob.glob(os.path.splitext(p)[0] + '.h')])
finally:
    os.chdir("..")
    remove_tree(HERE)
