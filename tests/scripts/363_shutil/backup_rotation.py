# a small backup rotation tool: copy2 a folder into numbered snapshots, keep the newest three
import os
import shutil

HERE = '_tmp_backup_rotation'


def write(name, text=''):
    os.makedirs(os.path.dirname(name) or '.', exist_ok=True)
    with open(name, 'w') as f:
        f.write(text)


def read(name):
    with open(name) as f:
        return f.read()


def listing(top='.'):
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        out.extend(os.path.join(dirpath, n) for n in filenames)
        out.extend(os.path.join(dirpath, n) + '/' for n in dirnames)
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
    def snapshot(source, backups, keep=3):
        os.makedirs(backups, exist_ok=True)
        numbers = sorted(int(n.split('.')[1]) for n in os.listdir(backups) if n.startswith('snap.'))
        target = os.path.join(backups, f'snap.{(numbers[-1] + 1) if numbers else 1}')
        shutil.copytree(source, target, ignore=shutil.ignore_patterns('*.tmp'))
        numbers = sorted(int(n.split('.')[1]) for n in os.listdir(backups))
        for old in numbers[:-keep]:
            shutil.rmtree(os.path.join(backups, f'snap.{old}'))
        return target

    write('docs/plan.md', 'v1')
    write('docs/scratch.tmp', 'ignore me')
    for version in range(1, 6):
        write('docs/plan.md', f'v{version}')
        if version == 3:
            write('docs/extra/appendix.md', 'appendix')
        print('made', snapshot('docs', 'backups'))
    print(sorted(os.listdir('backups')))
    for snap in sorted(os.listdir('backups')):
        print(snap, read(os.path.join('backups', snap, 'plan.md')), sorted(os.listdir(os.path.join('backups', snap))))
    restored = shutil.move('backups/snap.4', 'restored')
    print(restored, read('restored/plan.md'), sorted(os.listdir('backups')))
finally:
    os.chdir("..")
    shutil.rmtree(HERE)
