# copytree's ignore: shutil.ignore_patterns or any callable(dir, names) -> names to skip
import os
import shutil

HERE = '_tmp_copytree_ignore'


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
    for name in ['src/main.py', 'src/main.pyc', 'src/__pycache__/main.cpython-311.pyc', 'src/notes.txt',
                 'src/pkg/mod.py', 'src/pkg/mod.pyc', 'src/.git/HEAD', 'src/build.log', 'src/tmp_file']:
        write(name, name)
    shutil.copytree('src', 'clean', ignore=shutil.ignore_patterns('*.pyc', '__pycache__', '.git', 'tmp*'))
    print(tree('clean'))
    ignorer = shutil.ignore_patterns('*.log', '*.txt')
    print(sorted(ignorer('anywhere', ['a.log', 'b.txt', 'c.py', 'log'])), type(ignorer('x', [])).__name__)
    calls = []

    def only_python(directory, names):
        calls.append((directory, sorted(names)))
        return [n for n in names if not (n.endswith('.py') or os.path.isdir(os.path.join(directory, n)))]

    shutil.copytree('src', 'py_only', ignore=only_python)
    print(tree('py_only'))
    for directory, names in sorted(calls):
        print('  called with', directory, names)
    shutil.copytree('src/', 'with_slash', ignore=lambda d, names: calls.append(d) or set())
    print(sorted(c for c in calls if isinstance(c, str)))
finally:
    os.chdir("..")
    shutil.rmtree(HERE)
