# os.path.splitext: the extension is the last dot-part of the last component, never a leading dot
import os.path

for p in ['report.txt', 'archive.tar.gz', '.bashrc', '..', '...', '.a.b', 'noext', 'dir.d/file', 'dir.d/.hidden',
          'name.', 'a..b', '..x', '/x/y.z/', 'file.TXT', '', '.', '...txt', 'a/.b.c', 'x.y.']:
    print(f'{p!r:16} {os.path.splitext(p)!r}')
print(os.path.splitext(b'photo.jpeg'), os.path.splitext(b'.profile'))
stem, ext = os.path.splitext('data/2023.report.csv')
print(stem, ext, stem + '.json')
