# glob.iglob is lazy; glob returns a list. Results are not sorted by glob: sort them yourself
import glob
import os

HERE = '_tmp_iglob_lazy'


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
    make(*[f'logs/day{i:02}.log' for i in range(1, 13)], 'logs/summary.txt')
    it = glob.iglob('logs/*.log')
    print(type(it).__name__, iter(it) is it)
    first_three = sorted([next(it), next(it), next(it)])
    print(len(first_three), all(p.startswith('logs/day') for p in first_three))
    print(len(list(it)))
    print(type(glob.glob('logs/*')).__name__, len(glob.glob('logs/*')))
    total = 0
    for path in sorted(glob.iglob('logs/day0[1-5].log')):
        total += 1
        print(path)
    print(total, sorted(glob.iglob('**/summary.*', recursive=True)))
    print(list(glob.iglob('')), list(glob.iglob('', recursive=True)), list(glob.iglob('**', recursive=False))[:0])
finally:
    os.chdir("..")
    remove_tree(HERE)
