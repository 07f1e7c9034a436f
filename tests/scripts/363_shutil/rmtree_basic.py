# shutil.rmtree removes a whole tree; symlinks inside are removed, not followed
import os
import shutil

HERE = '_tmp_rmtree_basic'


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
    for name in ['build/obj/a.o', 'build/obj/b.o', 'build/bin/app', 'build/log.txt', 'keep/important.txt']:
        write(name, 'x')
    os.symlink('../keep', 'build/link_to_keep')
    os.symlink('../keep/important.txt', 'build/bin/file_link')
    os.makedirs('build/empty/deeper')
    print(shutil.rmtree('build'), os.path.exists('build'))
    print(tree('keep'))
    os.makedirs('b/tree')
    write('b/tree/x', 'x')
    shutil.rmtree(b'b')
    print(sorted(os.listdir()))
    os.mkdir('lonely')
    shutil.rmtree('lonely/')
    print(os.path.exists('lonely'))
    print(shutil.rmtree.avoids_symlink_attacks in (True, False))
finally:
    os.chdir("..")
    shutil.rmtree(HERE)
