# os.path functions accept os.PathLike objects and return str/bytes (never the object)
import os


class Path:
    def __init__(self, text):
        self.text = text

    def __fspath__(self):
        return self.text

    def __repr__(self):
        return f'Path({self.text!r})'


class BytesPath(Path):
    pass


p = Path('projects/app/main.py')
print(os.path.basename(p), os.path.dirname(p), os.path.split(p), os.path.splitext(p))
print(os.path.join(p, 'x'), os.path.join('root', Path('leaf')), os.path.normpath(Path('a/./b/../c')))
print(os.path.isabs(p), os.path.isabs(Path('/x')), os.path.normcase(p), os.path.splitdrive(p))
print(os.path.relpath(p, Path('projects')), os.path.commonpath([p, Path('projects/lib')]))
print(os.path.expandvars(Path('plain')), os.path.expanduser(Path('no/tilde')))
print(os.path.exists(Path('definitely/not/here')), os.path.isdir(Path('.')))
print(os.path.basename(BytesPath(b'raw/bytes.bin')))
try:
    os.path.join(p, b'x')
except TypeError as e:
    print(type(e).__name__, e)
